package io.sotto.ui.console;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The user's lines from JLine's line editor: editing, history, completion. End of input (Ctrl-D)
 * and interrupt (Ctrl-C) both mean the user wants out.
 */
final class TerminalLineSource implements LineSource {
    private final LineReader reader;
    private final PromptSource prompt;
    private volatile Thread readingThread;

    TerminalLineSource(LineReader reader, PromptSource prompt) {
        this.reader = reader;
        this.prompt = prompt;
    }

    @Override
    public String next() {
        return read(Prompts.pattern(prompt.prompt(), reader.getTerminal()));
    }

    /**
     * Unlike a chat line, which the server's echo replaces, a question and its answer stay on the
     * screen: the fingerprint the user said yes to, or the question asked again below it.
     */
    @Override
    public String ask(String question) {
        boolean erasing = reader.isSet(LineReader.Option.ERASE_LINE_ON_FINISH);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        reader.option(LineReader.Option.ERASE_LINE_ON_FINISH, false);
        try {
            return read(question.replace("%", "%%"));
        } finally {
            reader.option(LineReader.Option.ERASE_LINE_ON_FINISH, erasing);
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void wake() {
        Thread thread = readingThread;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private String read(String promptPattern) {
        readingThread = Thread.currentThread();
        try {
            return reader.readLine(promptPattern);
        } catch (EndOfFileException | UserInterruptException e) {
            return null;
        } finally {
            readingThread = null;
            Thread.interrupted(); // A wake-up that came late must not hit the next blocking call.
        }
    }
}
