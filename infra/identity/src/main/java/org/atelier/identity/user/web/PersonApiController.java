package org.atelier.identity.user.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.api.AdminCaller;
import org.atelier.identity.api.NotFound;
import org.atelier.identity.user.RandomPasswords;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.ChangingUserAssignment;
import org.atelier.identity.user.application.DeactivatingUser;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.identity.user.application.ReactivatingUser;
import org.atelier.identity.user.application.RegisteringUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people of the admin API, for administrators and provisioning systems: the same use cases and rules as the
 * admin pages (nobody deactivates themself or the last active admin). Every change publishes its directory event;
 * passwords are never shown.
 */
@RestController
@RequestMapping(path = "/api/people", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "People", description = "The company's people, their departments, levels and roles: every change is published on "
        + "atelier.identity.events")
class PersonApiController {

    private final FindingUsers finding;
    private final RegisteringUser registering;
    private final ChangingUserAssignment assigning;
    private final DeactivatingUser deactivating;
    private final ReactivatingUser reactivating;

    PersonApiController(FindingUsers finding, RegisteringUser registering, ChangingUserAssignment assigning, DeactivatingUser deactivating,
                        ReactivatingUser reactivating) {
        this.finding = finding;
        this.registering = registering;
        this.assigning = assigning;
        this.deactivating = deactivating;
        this.reactivating = reactivating;
    }

    @GetMapping
    @Operation(summary = "People, by username", description = "At most " + FindingUsers.MAX_RESULTS + "; narrow the search for the rest")
    List<PersonResponse> list(@Parameter(description = "Part of a username or name, ignoring case") @RequestParam(defaultValue = "") String q,
                              @Parameter(description = "A department code") @RequestParam(defaultValue = "") String department) {
        try {
            return finding.search(q, department).stream().map(PersonResponse::of).toList();
        } catch (RuleViolation malformedDepartment) {
            return List.of();
        }
    }

    @GetMapping("/{username}")
    @Operation(summary = "One person")
    PersonResponse get(@PathVariable String username) {
        return PersonResponse.of(finding.get(usernameOf(username)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a person", description = "In a department in force. 409 when the username is taken, by anyone active "
            + "or not. Publishes PersonJoined v1. Takes an Idempotency-Key")
    ResponseEntity<PersonResponse> create(@Valid @RequestBody CreatePersonRequest request) {
        boolean handedOver = request.initialPassword() != null && !request.initialPassword().isEmpty();
        User user = registering.register(new RegisteringUser.Command(request.username(), request.displayName(), request.email(),
                request.department(), request.level(), request.roles(), handedOver ? request.initialPassword() : RandomPasswords.generate(),
                true));
        User stored = finding.get(user.username());
        return ResponseEntity.created(URI.create("/api/people/" + stored.username().value())).body(PersonResponse.of(stored));
    }

    @PutMapping(path = "/{username}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a person to another department, level or set of roles", description = "Their sessions at the UIs end; "
            + "their next token carries the change. Nobody takes ADMIN from themself or from the last active admin (409). Publishes "
            + "PersonAssignmentChanged v1 unless nothing changed")
    PersonResponse reassign(@Parameter(hidden = true) Authentication authentication, @PathVariable String username,
                            @Valid @RequestBody ReassignPersonRequest request) {
        Username person = usernameOf(username);
        long version = request.version() != null ? request.version() : finding.get(person).version();
        assigning.change(AdminCaller.of(authentication).actor(), new ChangingUserAssignment.Command(person.value(), request.department(),
                request.level(), request.roles(), version));
        return PersonResponse.of(finding.get(person));
    }

    @PostMapping("/{username}/deactivation")
    @Operation(summary = "Deactivate a person", description = "They can no longer sign in or get tokens, and their sessions end; "
            + "their records stay. Nobody deactivates themself or the last active admin (409). Publishes PersonDeactivated v1 "
            + "(deactivating an inactive person changes nothing)")
    PersonResponse deactivate(@Parameter(hidden = true) Authentication authentication, @PathVariable String username) {
        Username person = usernameOf(username);
        deactivating.deactivate(AdminCaller.of(authentication).actor(), person);
        return PersonResponse.of(finding.get(person));
    }

    @PostMapping("/{username}/reactivation")
    @Operation(summary = "Reactivate a person", description = "They sign in again with the password they had. Publishes "
            + "PersonReactivated v1 (reactivating an active person changes nothing)")
    PersonResponse reactivate(@PathVariable String username) {
        Username person = usernameOf(username);
        reactivating.reactivate(person);
        return PersonResponse.of(finding.get(person));
    }

    private static Username usernameOf(String raw) {
        try {
            return Username.of(raw);
        } catch (RuleViolation malformed) {
            throw new NotFound("No person has this username");
        }
    }
}
