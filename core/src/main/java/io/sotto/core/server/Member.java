package io.sotto.core.server;

/** What the room needs of a connection that has joined. */
interface Member {
    /** The nickname as shown. */
    String nick();

    /** Hands over a broadcast; must not block. */
    void deliver(Broadcast broadcast);
}
