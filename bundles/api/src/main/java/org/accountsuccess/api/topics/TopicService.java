package org.accountsuccess.api.topics;

import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.drivers.DriverService;
import org.accountsuccess.host.spi.DateWindow;
import org.osgi.annotation.versioning.ProviderType;

/** Topics and sentiment of the survey comments of the accounts a filter selects. */
@ProviderType
public interface TopicService {

    /** The topics of the window's comments, with the terms detractors use more than promoters. */
    TopicReport topics(DateWindow window, AccountFilter filter);

    /** The topics of one account's comments in the window; empty when the account is unknown. */
    Optional<TopicReport> accountTopics(String accountId, DateWindow window);

    /**
     * The label of the tenant's topic of the window (as {@link #topics} gives them for every
     * account) that the account's comments of the window mention most often negatively (from a
     * detractor or with a negative sentiment; ties: the topic listed first); empty when none does
     * or the account is unknown.
     */
    Optional<String> topNegativeTopic(String accountId, DateWindow window);

    /**
     * The revenue-weighted drivers (as {@link DriverService#drivers}) of only the window's responses
     * whose comments mention topic {@code key}: which tagged reasons go with a topic.
     */
    DriverReport topicDrivers(DateWindow window, AccountFilter filter, String key);

    /**
     * The window's comments that mention topic {@code key}, newest first; empty when none does.
     */
    List<TopicComment> comments(DateWindow window, AccountFilter filter, String key);
}
