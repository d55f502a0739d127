/**
 * Ids: the one definition of a typed id ({@link org.coachingpool.ids.TypedId}) that every
 * feature's id record implements, with reading one from text or a result set. Owns no table and
 * depends on no feature, so every feature may use it.
 */
package org.coachingpool.ids;
