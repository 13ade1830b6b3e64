package org.accountsuccess.tryton;

import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.tryton.rpc.TrytonClient;
import org.accountsuccess.tryton.rpc.TrytonException;
import org.accountsuccess.tryton.rpc.TrytonUnreachableException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Writes follow-ups as notes ({@code ir.note}) on the account's party, exactly once per response:
 * the note's text starts with a marker naming the response id, and a note is created only when
 * none with that marker exists. The create is sent once (never retried); when its answer is lost,
 * the search is made again to learn whether it went through.
 */
final class TrytonFollowUps {
    private final TrytonClient client;

    TrytonFollowUps(TrytonClient client) {
        this.client = client;
    }

    /** The note's first line: the marker, then what to do. */
    static String text(FollowUp followUp) {
        return marker(followUp.responseId()) + " " + followUp.title() + "\n"
                + followUp.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", due "
                + followUp.dueDate() + (followUp.assignee() == null ? "" : ", for " + followUp.assignee())
                + ", contact " + followUp.contactId();
    }

    static String marker(String responseId) {
        return TrytonReader.FOLLOW_UP_MARKER + responseId + "]";
    }

    synchronized boolean submit(FollowUp followUp) {
        String resource = "party.party," + partyOf(followUp.accountId());
        if (exists(resource, followUp.responseId())) {
            return false;
        }
        try {
            client.callOnce("model.ir.note.create", client.array().add(client.array().objectNode()
                    .put("resource", resource).put("message", text(followUp))), client.context());
            return true;
        } catch (TrytonUnreachableException lost) {
            if (exists(resource, followUp.responseId())) {
                return true;
            }
            throw lost;
        }
    }

    private long partyOf(String accountId) {
        JsonNode ids = client.call("model.party.party.search",
                client.array().add(client.array().add("code").add("=").add(accountId)), 0, 2, null, client.context());
        if (ids.size() != 1) {
            throw new TrytonException("no single Tryton party has the code '" + accountId + "' (found " + ids.size()
                    + "); the follow-up for it cannot be written");
        }
        return ids.get(0).asLong();
    }

    private boolean exists(String resource, String responseId) {
        ArrayNode domain = client.array()
                .add(client.array().add("resource").add("=").add(resource))
                .add(client.array().add("message").add("like").add(escapeLike(marker(responseId)) + "%"));
        return client.call("model.ir.note.search_count", domain, client.context()).asLong() > 0;
    }

    /** The text as a LIKE pattern that matches it literally. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
