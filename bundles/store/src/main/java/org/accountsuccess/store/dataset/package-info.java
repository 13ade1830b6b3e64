/** Data sets in the file form of data-format.md: checking, importing (merge or replace) and exporting. */
package org.accountsuccess.store.dataset;
