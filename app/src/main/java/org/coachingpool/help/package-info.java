/**
 * Help: the accessibility statement (public-sector bodies must publish one) and a short page per
 * role on how the service works. Owns no tables; reads nothing but the signed-in person's roles.
 */
package org.coachingpool.help;
