package org.atelier.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The company's structure as this service has read it from the identity provider's events: the read port every
 * service uses to validate a department, find a department's heads or count whom a survey invites. Lists are
 * ordered by code (departments) or username (people), so pages and tests see a stable order.
 */
public interface Directory {

    /** Departments that may be named in new records, i.e. not closed. */
    List<DirectoryDepartment> departmentsInForce();

    /** Every department ever published, closed ones included, so that old records keep a name to show. */
    List<DirectoryDepartment> allDepartments();

    /** A department by code, closed or not. */
    Optional<DirectoryDepartment> department(String code);

    /** Whether new records may name this department. */
    default boolean isInForce(String code) {
        return department(code).map(DirectoryDepartment::inForce).orElse(false);
    }

    /** A person by username, active or not. */
    Optional<DirectoryPerson> person(String username);

    /** Everyone who is active. */
    List<DirectoryPerson> activePeople();

    /** The active people at one management level. */
    default List<DirectoryPerson> activePeopleAt(ManagementLevel level) {
        return activePeople().stream().filter(person -> person.level() == level).toList();
    }

    /** The active people of one department. */
    default List<DirectoryPerson> activePeopleIn(String departmentCode) {
        return activePeople().stream().filter(person -> person.department().equals(departmentCode)).toList();
    }

    /** The active heads ({@code DEPARTMENT_HEAD}) of one department; empty when it has none. */
    default List<DirectoryPerson> headsOf(String departmentCode) {
        return activePeople().stream().filter(person -> person.isHeadOf(departmentCode)).toList();
    }

    /** How many active people sit at each level in each department: level → department code → count. */
    Map<ManagementLevel, Map<String, Integer>> headCounts();
}
