/**
 * The REST API of Account Success on the OSGi JAX-RS whiteboard, under
 * {@code /account-success/api/v1}: thin resources that read the query parameters, narrow every
 * question to the accounts the caller may see and delegate to the api services. Private to the bundle.
 */
package org.accountsuccess.rest;
