package org.accountsuccess.api.matrix;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** The success matrix of the accounts a filter selects. */
@ProviderType
public interface SuccessMatrixService {

    /**
     * @throws NoMarginException when {@code measure} is margin and the host has no margin figure
     *         for any selected account in the 12 months up to {@code asOf}
     */
    SuccessMatrix matrix(LocalDate asOf, MatrixMeasure measure, AccountFilter filter);
}
