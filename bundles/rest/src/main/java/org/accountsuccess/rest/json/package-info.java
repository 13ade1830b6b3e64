/** The JSON provider of the REST API, on the project's Jackson. */
package org.accountsuccess.rest.json;
