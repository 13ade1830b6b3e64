package org.accountsuccess.api.stakeholder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One score a contact gave.
 *
 * @param responseId the response
 * @param score 0..10
 * @param answeredAt when
 * @param date the day it falls on in the tenant's time zone
 */
public record ScoredResponse(String responseId, int score, Instant answeredAt, LocalDate date) {
}
