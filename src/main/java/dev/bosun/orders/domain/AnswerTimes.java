package dev.bosun.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How the team keeps the 24-hour answer goal for buyer messages at a moment: the messages still waiting past the
 * answer time, the longest wait, and, over the messages whose answer time has passed, the share answered in time.
 */
public final class AnswerTimes {

    private AnswerTimes() {}

    /** A message: when it came and when it was answered (null while unanswered). */
    public record Message(Instant received, Instant answered) {
        public Message {
            Objects.requireNonNull(received, "received");
        }
    }

    /**
     * @param overdue messages unanswered longer than the answer time
     * @param oldestWait the longest wait of an unanswered message; zero when none waits
     * @param due messages of the window whose answer time has passed
     * @param inTime those answered within the answer time
     * @param inTimeShare {@code inTime / due}, or null when none was due
     */
    public record Reading(int overdue, Duration oldestWait, int due, int inTime, BigDecimal inTimeShare) {}

    /**
     * @param waiting the messages unanswered at {@code at}
     * @param window the messages received in the window the share is measured over
     * @param at the moment of the reading
     * @param answerTime the time a buyer should get an answer in
     */
    public static Reading read(List<Message> waiting, List<Message> window, Instant at, Duration answerTime) {
        int overdue = 0;
        Duration oldest = Duration.ZERO;
        for (Message m : waiting) {
            Duration wait = Duration.between(m.received(), at);
            if (wait.compareTo(answerTime) > 0) {
                overdue++;
            }
            if (wait.compareTo(oldest) > 0) {
                oldest = wait;
            }
        }
        int due = 0;
        int inTime = 0;
        for (Message m : window) {
            Instant deadline = m.received().plus(answerTime);
            if (deadline.isAfter(at)) {
                continue;
            }
            due++;
            if (m.answered() != null && !m.answered().isAfter(deadline)) {
                inTime++;
            }
        }
        BigDecimal share =
                due == 0 ? null : BigDecimal.valueOf(inTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
        return new Reading(overdue, oldest, due, inTime, share);
    }
}
