package org.coachingpool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles from the directory: each role given by any of its groups, nothing by an unmapped one. */
class OrganisationSignInTest {

    static OidcSettings settings(Map<Role, List<String>> roles) {
        return new OidcSettings("https://login.example.gov.uk/t/v2.0", "pool", "secret", null, null, null, null, roles);
    }

    static OrganisationSignIn mapping(Map<Role, List<String>> roles) {
        return new OrganisationSignIn(null, settings(roles));
    }

    @Test
    void eachRoleComesFromAnyOfItsGroupsAndUnmappedGroupsGiveNothing() {
        var signIn = mapping(Map.of(Role.POOL_ADMIN, List.of("g-pool-team"), Role.COACH, List.of("g-coaches", "g-mentors"),
                Role.THINKER, List.of("g-all-staff")));
        assertThat(signIn.rolesFrom(List.of("g-mentors", "g-all-staff", "g-finance")))
                .containsExactlyInAnyOrder(Role.COACH, Role.THINKER);
        assertThat(signIn.rolesFrom(List.of("g-finance"))).isEmpty();
        assertThat(signIn.rolesFrom("g-pool-team")).as("a claim that is not a list").isEmpty();
        assertThat(signIn.rolesFrom(null)).isEmpty();
    }

    @Test
    void rolesComeFromTheAppUnlessAGroupIsMapped() {
        assertThat(settings(Map.of()).rolesFromDirectory()).isFalse();
        assertThat(settings(Map.of(Role.COACH, List.of())).rolesFromDirectory()).isFalse();
        assertThat(settings(Map.of(Role.COACH, List.of("g-coaches"))).rolesFromDirectory()).isTrue();
    }
}
