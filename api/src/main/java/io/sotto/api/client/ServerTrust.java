package io.sotto.api.client;

/**
 * Decides whether to trust a server seen for the first time (trust on first use, like SSH).
 * A trusted server is remembered in the known-servers file; a later change of its key is refused
 * without asking.
 */
@FunctionalInterface
public interface ServerTrust {

    /** @return true to trust and remember this server */
    boolean trustNewServer(ServerIdentity server);

    /** Trusts every new server without asking (the {@code --accept-new-server} flag). */
    static ServerTrust acceptNew() {
        return server -> true;
    }

    /** Trusts no new server. */
    static ServerTrust refuseNew() {
        return server -> false;
    }
}
