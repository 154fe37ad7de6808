/**
 * Service positions (党群服务阵地): the places where Party organisations meet and serve residents,
 * level by level — street centre, community centres, compound homes (嵩屿's 三级阵地) — and the
 * coverage report: how many positions each level has, and which units that should host one do not.
 */
package org.grassroots.positions;
