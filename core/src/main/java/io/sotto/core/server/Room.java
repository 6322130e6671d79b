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
import java.util.concurrent.ConcurrentSkipListMap;
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
    /** The order of the online list: ignoring case, then exactly (so "ada" and "Ada" have a fixed order). */
    static final Comparator<String> ONLINE_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final ConcurrentHashMap<String, Seat> seats = new ConcurrentHashMap<>();
    /**
     * The same seats by name as shown, kept in {@link #ONLINE_ORDER} as they are taken and left, so
     * that a welcome reads its first names instead of sorting the whole room: sorting per join made
     * a crowd arriving cost the square of its size. Like a seat, an entry goes only with its own
     * member, so a leaver never takes out someone who has just taken the same name.
     */
    private final ConcurrentSkipListMap<String, Seat> byName = new ConcurrentSkipListMap<>(ONLINE_ORDER);
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
        Seat seat = new Seat(member, nickname.display());
        Seat holder = seats.putIfAbsent(nickname.key(), seat);
        if (holder != null) {
            return Optional.of(taken(nickname, holder));
        }
        byName.put(nickname.display(), seat);
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
            byName.put(wanted.display(), seat);
            if (!old.display().equals(wanted.display())) {
                leaveName(old, member);
            }
            return Optional.empty();
        }
        Seat holder = seats.putIfAbsent(wanted.key(), seat);
        if (holder != null) {
            return Optional.of(taken(wanted, holder));
        }
        byName.put(wanted.display(), seat);
        leaveSeat(old, member);
        leaveName(old, member);
        return Optional.empty();
    }

    void remove(Nickname nickname, Member member) {
        leaveSeat(nickname, member);
        leaveName(nickname, member);
        members.remove(member);
    }

    private void leaveSeat(Nickname nickname, Member member) {
        seats.computeIfPresent(nickname.key(), (key, seat) -> seat.member() == member ? null : seat);
    }

    private void leaveName(Nickname nickname, Member member) {
        byName.computeIfPresent(nickname.display(), (name, seat) -> seat.member() == member ? null : seat);
    }

    /** Everyone online, in {@link #ONLINE_ORDER}. */
    List<String> online() {
        return online(Integer.MAX_VALUE);
    }

    /** The first {@code limit} of everyone online, in {@link #ONLINE_ORDER}. */
    List<String> online(int limit) {
        List<String> nicks = new ArrayList<>(Math.min(limit, byName.size()));
        for (String nick : byName.keySet()) {
            if (nicks.size() == limit) {
                break;
            }
            nicks.add(nick);
        }
        return nicks;
    }

    int size() {
        return members.size();
    }

    void post(String nick, String text, boolean action) {
        broadcast(new Posted(messageIds.incrementAndGet(), Instant.now(), nick, text, action));
    }

    void announce(Presence.Kind kind, String nick, String previousNick) {
        presence.publish(size -> new Presence(kind, nick, previousNick, Instant.now(), size), members::size);
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
