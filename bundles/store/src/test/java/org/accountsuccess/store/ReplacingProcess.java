package org.accountsuccess.store;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * The child JVM of {@link EmbeddedCandidateTrials}: opens a candidate database, says
 * {@value #REPLACING}, replaces its activities with one revision, says {@value #REPLACED} and waits
 * to be killed. Arguments: the candidate, the folder, the rows, the revision.
 */
public final class ReplacingProcess {
    static final String REPLACING = "replacing";
    static final String REPLACED = "replaced";

    private ReplacingProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedCandidate candidate = EmbeddedCandidate.valueOf(args[0]);
        try (Connection connection = candidate.open(Path.of(args[1]))) {
            System.out.println(REPLACING);
            System.out.flush();
            candidate.replace(connection, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            System.out.println(REPLACED);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
