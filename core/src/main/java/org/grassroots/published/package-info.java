/**
 * Published assessment results as stored records (已公布考核结果): the record kind under which an
 * assessment's results are kept by the {@link org.grassroots.spi.RecordStore}. A package of its own
 * because {@code spi} reaches {@code assessment} through the star books, so the assessment package
 * cannot also build on {@code spi}.
 */
package org.grassroots.published;
