package io.sotto.core.server;

import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.api.message.Refused;
import io.sotto.api.message.ServerMessage;
import io.sotto.core.server.Nicknames.Nickname;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everyone who has joined, by nickname key. Admission is one atomic insert, so two clients racing
 * for one name cannot both get it. Broadcasting walks the members without a room-wide lock:
 * messages from one sender reach everyone in the order sent. Presence changes go through a
 * {@link PresenceFeed}, which gathers them into batches when the room is busy.
 */
final class Room {
    private final ConcurrentHashMap<String, Member> members = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    private final PresenceFeed presence;

    /** @param timers runs the presence feed's flushes */
    Room(ScheduledExecutorService timers) {
        this(timers, PresenceFeed.DEFAULT_IMMEDIATE_BELOW);
    }

    /** @param immediateBelow rooms smaller than this hear each presence change at once */
    Room(ScheduledExecutorService timers, int immediateBelow) {
        this.presence = new PresenceFeed(this::broadcast, timers, immediateBelow);
    }

    /** Takes {@code nickname} for {@code member}, or says why not. */
    Optional<Refused> admit(Nickname nickname, Member member) {
        Member holder = members.putIfAbsent(nickname.key(), member);
        if (holder != null) {
            return Optional.of(taken(nickname, holder));
        }
        return Optional.empty();
    }

    /**
     * Moves {@code member} from {@code old} to {@code wanted}, or says why not. A change of case
     * only ("ada" to "Ada") keeps the same key and always succeeds.
     */
    Optional<Refused> rename(Nickname old, Nickname wanted, Member member) {
        if (!old.key().equals(wanted.key())) {
            Member holder = members.putIfAbsent(wanted.key(), member);
            if (holder != null) {
                return Optional.of(taken(wanted, holder));
            }
            members.remove(old.key(), member);
        }
        return Optional.empty();
    }

    void remove(Nickname nickname, Member member) {
        members.remove(nickname.key(), member);
    }

    /** Everyone online, sorted ignoring case. */
    List<String> online() {
        List<String> nicks = new ArrayList<>(members.size());
        members.values().forEach(member -> nicks.add(member.nick()));
        nicks.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        return nicks;
    }

    int size() {
        return members.size();
    }

    void post(String nick, String text, boolean action) {
        broadcast(new Posted(messageIds.incrementAndGet(), Instant.now(), nick, text, action));
    }

    void announce(Presence.Kind kind, String nick, String previousNick) {
        int size = members.size();
        presence.publish(new Presence(kind, nick, previousNick, Instant.now(), size), size);
    }

    void broadcast(ServerMessage message) {
        Broadcast broadcast = new Broadcast(message);
        for (Member member : members.values()) {
            member.deliver(broadcast);
        }
    }

    private static Refused taken(Nickname wanted, Member holder) {
        return new Refused(Refused.NICK_TAKEN, "the nickname '" + wanted.display() + "' is taken"
                + (holder.nick().equals(wanted.display()) ? "" : " (by '" + holder.nick() + "')")
                + "; please pick another");
    }
}
