package org.atelier.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A directory held in memory: the one a service's unit tests use, and a plain implementation of the port to
 * compare the replica against. Putting a department or a person replaces what was known under that key, which
 * is exactly how the published events work (each carries the full current state).
 */
public final class InMemoryDirectory implements Directory {

    private final Map<String, DirectoryDepartment> departments = new ConcurrentHashMap<>();
    private final Map<String, DirectoryPerson> people = new ConcurrentHashMap<>();

    public InMemoryDirectory put(DirectoryDepartment department) {
        departments.put(department.code(), department);
        return this;
    }

    public InMemoryDirectory put(DirectoryPerson person) {
        people.put(person.username(), person);
        return this;
    }

    @Override
    public List<DirectoryDepartment> departmentsInForce() {
        return allDepartments().stream().filter(DirectoryDepartment::inForce).toList();
    }

    @Override
    public List<DirectoryDepartment> allDepartments() {
        List<DirectoryDepartment> all = new ArrayList<>(departments.values());
        all.sort(Comparator.comparing(DirectoryDepartment::code));
        return List.copyOf(all);
    }

    @Override
    public Optional<DirectoryDepartment> department(String code) {
        return Optional.ofNullable(code).map(departments::get);
    }

    @Override
    public Optional<DirectoryPerson> person(String username) {
        return Optional.ofNullable(username).map(people::get);
    }

    @Override
    public List<DirectoryPerson> activePeople() {
        return people.values().stream().filter(DirectoryPerson::active)
                .sorted(Comparator.comparing(DirectoryPerson::username)).toList();
    }

    @Override
    public Map<ManagementLevel, Map<String, Integer>> headCounts() {
        Map<ManagementLevel, Map<String, Integer>> counts = new EnumMap<>(ManagementLevel.class);
        for (DirectoryPerson person : activePeople()) {
            counts.computeIfAbsent(person.level(), level -> new TreeMap<>()).merge(person.department(), 1, Integer::sum);
        }
        return counts;
    }
}
