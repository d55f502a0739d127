package org.coachingpool.encryption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every sealed column's values under the current key: after a rotation (a new key put
 * first in the keys), and once for values written before encryption. Works in batches, each in
 * a transaction of its own, so a restart part-way loses nothing and carries on where it stopped.
 */
@Service
public class Resealing {

    private static final Logger log = LoggerFactory.getLogger(Resealing.class);
    static final int BATCH = 500;

    private final TextVault vault;
    private final List<SealedColumn> columns;
    private final TransactionTemplate transactions;

    Resealing(TextVault vault, List<SealedColumn> columns, TransactionTemplate transactions) {
        this.vault = vault;
        this.columns = columns;
        this.transactions = transactions;
    }

    /** The key of the last pass that went through every column to the end; null before one did. */
    private volatile String completedUnder;

    /**
     * Soon after start, and hourly until a pass reaches the end of every column. The keys change
     * only with a restart and the app seals what it writes, so after one complete pass there is
     * nothing left to find: the hourly scan of every sealed table stops until the next start.
     */
    @Scheduled(initialDelayString = "${coachingpool.encryption.reseal-delay:5s}",
            fixedDelayString = "${coachingpool.encryption.reseal-interval:1h}")
    void untilComplete() {
        if (vault.currentKeyId().equals(completedUnder)) {
            return;
        }
        resealAll();
    }

    /** @return how many values were sealed anew */
    public int resealAll() {
        String key = vault.currentKeyId();
        int all = 0;
        for (SealedColumn column : columns) {
            int total = 0;
            int found;
            do {
                int[] counts = transactions.execute(status -> resealBatch(column));
                found = counts[0];
                total += counts[1];
            } while (found == BATCH);
            if (total > 0) {
                log.info("Sealed {} values of {} under key {}", total, column.column(), vault.currentKeyId());
            }
            all += total;
        }
        completedUnder = key;
        return all;
    }

    private int[] resealBatch(SealedColumn column) {
        var values = column.notUnder(vault.currentKeyPattern(), BATCH);
        int replaced = 0;
        for (var value : values) {
            if (column.replace(value.row(), value.stored(), vault.reseal(value.stored(), column.column()))) {
                replaced++;
            }
        }
        return new int[] {values.size(), replaced};
    }

    /** Per column, how many values still wait to be sealed under the current key. */
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        columns.forEach(column -> waiting.put(column.column(), column.countNotUnder(vault.currentKeyPattern())));
        return waiting;
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return vault.currentKeyId();
    }
}
