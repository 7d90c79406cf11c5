package dev.bosun.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.orders.domain.AnswerTimes.Message;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTimesTests {

    static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    /**
     * Messages as "received:answered" in hours before AT; "-" for unanswered. Waiting messages are the unanswered
     * ones and those answered after AT (a negative answer time).
     */
    @ParameterizedTest(name = "{0} → overdue {1}, due {3}, in time {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # messages                    | overdue | oldest wait h | due | in time | share
            30:20 26:1 5:-                 | 0       | 5             | 2   | 1       | 0.5000
            30:10 26:4 25:-                | 1       | 25            | 3   | 2       | 0.6667
            50:- 10:-                      | 1       | 50            | 1   | 0       | 0.0000
            10:- 2:1                       | 0       | 10            |     | 0       |
            60:-2 30:29                    | 1       | 60            | 2   | 1       | 0.5000
            24:0                           | 0       | 0             | 1   | 1       | 1.0000
            """)
    void readsWaitingMessagesAndTheShareAnsweredInTime(
            String messages, int overdue, long oldestHours, Integer due, int inTime, BigDecimal share) {
        List<Message> window = new ArrayList<>();
        List<Message> waiting = new ArrayList<>();
        for (String part : messages.trim().split(" +")) {
            String[] times = part.split(":");
            Instant received = AT.minus(Duration.ofHours(Long.parseLong(times[0])));
            Instant answered = times[1].equals("-") ? null : AT.minus(Duration.ofHours(Long.parseLong(times[1])));
            window.add(new Message(received, answered));
            if (answered == null || answered.isAfter(AT)) {
                waiting.add(new Message(received, null));
            }
        }

        AnswerTimes.Reading reading = AnswerTimes.read(waiting, window, AT, Duration.ofHours(24));

        assertThat(reading.overdue()).isEqualTo(overdue);
        assertThat(reading.oldestWait()).isEqualTo(Duration.ofHours(oldestHours));
        assertThat(reading.due()).isEqualTo(due == null ? 0 : due);
        assertThat(reading.inTime()).isEqualTo(inTime);
        if (share == null) {
            assertThat(reading.inTimeShare()).isNull();
        } else {
            assertThat(reading.inTimeShare()).isEqualByComparingTo(share);
        }
    }
}
