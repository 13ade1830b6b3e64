/**
 * The Karaf console commands of the {@code as} scope: {@code as:import}, {@code as:export},
 * {@code as:accounts}, {@code as:scorecard}, {@code as:stakeholders}, {@code as:timeline},
 * {@code as:nps}, {@code as:retention}, {@code as:renewals} and {@code as:attention}. They call
 * the api services and only format: figures are rounded for display here and nowhere else.
 * Registered through the {@code Karaf-Commands} header. Private to the bundle.
 */
package org.accountsuccess.console;
