package io.sotto.bench;

/**
 * The text of a benchmark message: {@code ~TAG SEQ NANOS } padded with {@code x} to the wanted
 * length. TAG tells this run's messages from anyone else's; NANOS is the generator's {@link
 * System#nanoTime()} at the (intended) send, which every receiver in the same JVM can subtract
 * from its own clock.
 */
final class Payload {
    private final String prefix;

    Payload(String tag) {
        this.prefix = "~" + tag + " ";
    }

    /** The text for message {@code seq} sent at {@code nanos}, exactly {@code size} characters long. */
    String text(long seq, long nanos, int size) {
        StringBuilder text = new StringBuilder(size).append(prefix).append(seq).append(' ').append(nanos).append(' ');
        if (text.length() > size) {
            throw new IllegalArgumentException("a message needs at least " + text.length() + " characters");
        }
        while (text.length() < size) {
            text.append('x');
        }
        return text.toString();
    }

    /** The send time carried by {@code text}, or {@link Long#MIN_VALUE} when it is not this run's. */
    long sentNanos(String text) {
        if (!text.startsWith(prefix)) {
            return Long.MIN_VALUE;
        }
        int seqEnd = text.indexOf(' ', prefix.length());
        if (seqEnd < 0) {
            return Long.MIN_VALUE;
        }
        int i = seqEnd + 1;
        boolean negative = i < text.length() && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        int digits = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                break;
            }
            if (c < '0' || c > '9' || ++digits > 19) {
                return Long.MIN_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        return digits == 0 ? Long.MIN_VALUE : negative ? -value : value;
    }
}
