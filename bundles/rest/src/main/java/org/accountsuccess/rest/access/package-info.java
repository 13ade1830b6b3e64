/** Authentication against the container's JAAS realm, the product roles and the accounts a caller may see. */
package org.accountsuccess.rest.access;
