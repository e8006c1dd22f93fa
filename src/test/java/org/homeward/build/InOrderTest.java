package org.homeward.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InOrderTest {

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 5})
    void resultsReachTheConsumerInTheOrderTheTasksWereGiven(int threads) {
        List<Integer> consumed = new ArrayList<>();

        try (InOrder<Integer> inOrder = new InOrder<>(threads, consumed::add)) {
            for (int i = 0; i < 100; i++) {
                int task = i;
                if (task % 10 == 0) {
                    inOrder.add(task);
                } else {
                    // Later tasks finish first, so only the ordering puts them back in turn.
                    inOrder.submit(() -> {
                        Thread.sleep((100 - task) % 3);
                        return task;
                    });
                }
            }
            inOrder.finish();
        }

        assertEquals(IntStream.range(0, 100).boxed().toList(), consumed);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void aTaskThatThrowsThrowsOnTheCallersThread(int threads) {
        try (InOrder<Integer> inOrder = new InOrder<>(threads, result -> { })) {
            assertThrows(IllegalStateException.class, () -> {
                inOrder.submit(() -> {
                    throw new IllegalStateException("boom");
                });
                inOrder.finish();
            });
        }
    }
}
