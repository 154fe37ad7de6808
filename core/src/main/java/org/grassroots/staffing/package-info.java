/**
 * Staffing standards (标配): the staff a community must have per role, the posts actually held,
 * and the report of shortfall and surplus.
 */
package org.grassroots.staffing;
