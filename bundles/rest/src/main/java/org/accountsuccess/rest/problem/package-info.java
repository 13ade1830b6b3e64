/** Errors as RFC 9457 problem details: one exception and one {@code ExceptionMapper} per kind of error. */
package org.accountsuccess.rest.problem;
