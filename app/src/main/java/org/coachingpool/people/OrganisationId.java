package org.coachingpool.people;

import java.util.Optional;
import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of an organisation in the pool: a member or an associate. */
public record OrganisationId(UUID value) implements TypedId {
    public OrganisationId {
        TypedId.check(value, "organisation id");
    }

    /** The id in a link or a route, if it is one. */
    public static Optional<OrganisationId> fromText(String text) {
        return TypedId.fromText(text, OrganisationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
