/**
 * The demo data set: a seeded generator of a made-up tenant in the file form of data-format.md
 * ({@link org.accountsuccess.demo.DemoDataSet}, runnable with {@code main}), and the component
 * that loads it into an empty store ({@link org.accountsuccess.demo.DemoDataLoader}, PID
 * {@code org.accountsuccess.demo}). Private to the bundle.
 */
package org.accountsuccess.demo;
