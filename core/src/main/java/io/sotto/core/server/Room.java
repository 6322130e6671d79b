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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everyone who has joined, by nickname key. Admission is one atomic insert, so two clients racing
 * for one name cannot both get it. Broadcasting walks the members without a room-wide lock:
 * messages from one sender reach everyone in the order sent. Presence changes go through a
 * {@link PresenceFeed}, which gathers them into batches when the room is busy.
 *
 * <p>Names and recipients are kept apart: a seat fixes the name as shown at the moment it is
 * taken (a connection's own nickname field is set a moment later, and a welcome listing names in
 * that moment must not show a blank), and the member set holds each connection once even while a
 * rename briefly holds two seats (so no one receives a message twice).
 */
final class Room {
    private final ConcurrentHashMap<String, Seat> seats = new ConcurrentHashMap<>();
    private final Set<Member> members = ConcurrentHashMap.newKeySet();
    private final AtomicLong messageIds = new AtomicLong();
    private final PresenceFeed presence;

    /** A nickname taken, and by whom. */
    private record Seat(Member member, String display) {}

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
        Seat holder = seats.putIfAbsent(nickname.key(), new Seat(member, nickname.display()));
        if (holder != null) {
            return Optional.of(taken(nickname, holder));
        }
        members.add(member);
        return Optional.empty();
    }

    /**
     * Moves {@code member} from {@code old} to {@code wanted}, or says why not. A change of case
     * only ("ada" to "Ada") keeps the same key and always succeeds.
     */
    Optional<Refused> rename(Nickname old, Nickname wanted, Member member) {
        Seat seat = new Seat(member, wanted.display());
        if (old.key().equals(wanted.key())) {
            seats.put(wanted.key(), seat);
            return Optional.empty();
        }
        Seat holder = seats.putIfAbsent(wanted.key(), seat);
        if (holder != null) {
            return Optional.of(taken(wanted, holder));
        }
        leaveSeat(old, member);
        return Optional.empty();
    }

    void remove(Nickname nickname, Member member) {
        leaveSeat(nickname, member);
        members.remove(member);
    }

    private void leaveSeat(Nickname nickname, Member member) {
        seats.computeIfPresent(nickname.key(), (key, seat) -> seat.member() == member ? null : seat);
    }

    /** Everyone online, sorted ignoring case. */
    List<String> online() {
        List<String> nicks = new ArrayList<>(seats.size());
        seats.values().forEach(seat -> nicks.add(seat.display()));
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
        for (Member member : members) {
            member.deliver(broadcast);
        }
    }

    private static Refused taken(Nickname wanted, Seat holder) {
        return new Refused(Refused.NICK_TAKEN, "the nickname '" + wanted.display() + "' is taken"
                + (holder.display().equals(wanted.display()) ? "" : " (by '" + holder.display() + "')")
                + "; please pick another");
    }
}
