/**
 * Volunteering (志愿服务): volunteer teams (志愿服务队) with their rosters, and activities (活动) with
 * the number of participations (参与人次); the tallies an article reports — teams, volunteers,
 * activities, person-times — are computed from those records over a declared date window.
 */
package org.grassroots.volunteering;
