package dev.bosun.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A background writer for one transaction: bulk flushes run on it one after the other, on the transaction's own
 * connection, while the importing thread parses the next rows. Two cores then do in parallel what one did in turn.
 * The lane stops before the transaction commits or rolls back (it waits for the flush in progress and drops any not
 * started), so no write can outlive or escape its transaction. After a failed flush, later ones are skipped and
 * everyone waiting hears of the first failure.
 */
final class WriteLane implements TransactionSynchronization {

    /** A piece of database work for the lane. */
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Object key;
    private final ExecutorService executor;
    private volatile RuntimeException failure;

    private WriteLane(Connection connection, Object key) {
        this.connection = connection;
        this.key = key;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bosun-bulk-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The lane of the current transaction's connection, started on first use; empty (write in the calling thread)
     * when the transaction has no synchronization to stop the lane with.
     */
    static WriteLane of(DSLContext db) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        PGConnection raw = db.connectionResult(c -> c.unwrap(PGConnection.class));
        WriteLane lane = (WriteLane) TransactionSynchronizationManager.getResource(raw);
        if (lane == null) {
            lane = new WriteLane((Connection) raw, raw);
            TransactionSynchronizationManager.bindResource(raw, lane);
            TransactionSynchronizationManager.registerSynchronization(lane);
        }
        return lane;
    }

    /** Queues work behind everything queued before it. */
    Future<?> submit(Work work) {
        return executor.submit(() -> {
            if (failure != null) {
                return;
            }
            try {
                work.run(connection);
            } catch (SQLException e) {
                failure = new DataAccessException("SQL [bulk write]; " + e.getMessage(), e);
                throw failure;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        });
    }

    /** Waits for queued work; rethrows the lane's first failure. */
    void await(Future<?> pending) {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a bulk write", e);
        } catch (ExecutionException | CancellationException e) {
            // fall through to the first failure
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void beforeCompletion() {
        stop();
    }

    @Override
    public void afterCompletion(int status) {
        stop();
        if (TransactionSynchronizationManager.hasResource(key)) {
            TransactionSynchronizationManager.unbindResource(key);
        }
    }

    private void stop() {
        executor.shutdownNow();
        try {
            while (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                // a statement in progress finishes (or fails) before the transaction ends
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
