package org.accountsuccess.host.spi;

import java.util.Locale;

/** What kind of interaction an activity was. The file form is the lower-case name. */
public enum ActivityType {
    SUPPORT_TICKET, BUSINESS_REVIEW, MEETING, CALL, EMAIL, MARKETING_EMAIL, VISIT, OTHER;

    /** The file form, such as {@code support_ticket}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the file form; throws naming the accepted values when {@code code} is not one of them. */
    public static ActivityType fromCode(String code) {
        for (ActivityType t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown activity type '" + code + "'; expected one of "
                + java.util.Arrays.stream(values()).map(ActivityType::code).toList());
    }
}
