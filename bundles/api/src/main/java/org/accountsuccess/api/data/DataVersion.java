package org.accountsuccess.api.data;

import java.time.Instant;
import java.util.Objects;

/**
 * One complete version of the host's data as the figures are computed from it.
 *
 * @param version the number of this version on this node: versions are numbered in the order they are
 *        read, so a larger number holds later data
 * @param readAt when the reading of this version started
 * @param buildMillis how long reading it into the fact index took
 * @param rows the records it holds (accounts, contacts, responses, invitations, contracts,
 *        activities, employee responses)
 * @param heapBytes the heap its columns take, estimated from their sizes
 */
public record DataVersion(long version, Instant readAt, long buildMillis, long rows, long heapBytes) {
    public DataVersion {
        Objects.requireNonNull(readAt, "DataVersion: field 'readAt' is required");
    }
}
