package org.atelier.identity.department;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Departments kept in a map, copied in and out like a database would. */
public class InMemoryDepartments implements Departments {

    private final Map<String, Department> byCode = new TreeMap<>();

    public static InMemoryDepartments withDefaults() {
        InMemoryDepartments departments = new InMemoryDepartments();
        DefaultDepartments.all().forEach(departments::add);
        return departments;
    }

    @Override
    public Optional<Department> find(DepartmentCode code) {
        return Optional.ofNullable(byCode.get(code.value())).map(InMemoryDepartments::copy);
    }

    @Override
    public List<Department> list() {
        return byCode.values().stream().map(InMemoryDepartments::copy).sorted(Comparator.comparing(d -> d.code().value())).toList();
    }

    @Override
    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    @Override
    public void add(Department department) {
        if (byCode.containsKey(department.code().value())) {
            throw new DepartmentAlreadyExists(department.code());
        }
        byCode.put(department.code().value(), copy(department, 1));
    }

    @Override
    public void update(Department department) {
        Department stored = byCode.get(department.code().value());
        if (stored == null) {
            throw new DepartmentNotFound(department.code());
        }
        if (stored.version() != department.version()) {
            throw new DepartmentChangedMeanwhile(department.code());
        }
        byCode.put(department.code().value(), copy(department, department.version() + 1));
    }

    private static Department copy(Department department) {
        return copy(department, department.version());
    }

    private static Department copy(Department department, long version) {
        return Department.restore(department.code(), department.nameEn(), department.nameRu(), department.isActive(), version);
    }
}
