package org.accountsuccess.host.spi;

import java.util.stream.Stream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Customer survey invitations and responses. Required (a host without surveys answers empty
 * streams).
 *
 * <p>A response belongs to the account of its contact, so a query for one account answers the
 * responses of that account's contacts. Responses must be valid (score 0..10); the host rejects
 * anything else when it takes the data in.
 */
@ProviderType
public interface SurveyRecords {

    /** The responses matching the query ({@code answeredAt} in the range). */
    Stream<SurveyResponse> responses(SurveyQuery query);

    /** The invitations matching the query ({@code sentAt} in the range). */
    Stream<SurveyInvitation> invitations(SurveyQuery query);
}
