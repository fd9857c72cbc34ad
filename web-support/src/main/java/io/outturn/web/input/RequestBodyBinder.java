package io.outturn.web.input;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.web.problem.FieldProblem;
import io.outturn.web.problem.JsonProblems;
import io.outturn.web.problem.OutturnException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a parsed request body into its request record, listing every problem of the request rather than the
 * first: a field the record does not have, a value of the wrong type or out of bounds, a text too long, a
 * required field missing, a rule across fields ({@link CheckedRequest}).
 *
 * <p>A request record (a record bound property by property, with no {@link JsonCreator}) is read one field at a
 * time, so that one bad field does not hide the next; every other value (an identifier, a financial year, a
 * profile, a target) is bound whole by {@link RequestJson}'s mapper, with the value type's own message when it
 * refuses. The record is then made with whatever could be read (null for the rest) and validated with its
 * annotations; a violation on a field that already failed is not listed twice.
 */
final class RequestBodyBinder {

    private final ObjectMapper mapper;
    private final Validator validator;

    RequestBodyBinder(ObjectMapper requestMapper, Validator validator) {
        this.mapper = requestMapper;
        this.validator = validator;
    }

    /** @throws OutturnException VALIDATION_FAILED listing every problem, when there is any */
    Object bind(JsonNode body, JavaType type) {
        List<FieldProblem> problems = new ArrayList<>();
        Object value = read(body, type, "", Integer.MAX_VALUE, problems);
        if (value != null) {
            for (FieldProblem violation : violations(value)) {
                if (problems.stream().noneMatch(problem -> covers(violation.field(), problem.field()))) {
                    problems.add(violation);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw OutturnException.invalid(problems);
        }
        return value;
    }

    private Object read(JsonNode node, JavaType type, String path, int maxLength, List<FieldProblem> problems) {
        Class<?> raw = type.getRawClass();
        if (isRequestRecord(raw)) {
            return readRecord(node, raw, path, problems);
        }
        if (raw == String.class && node.isTextual()) {
            String problem = InputLimits.textProblem(node.textValue(), maxLength).orElse(null);
            if (problem != null) {
                problems.add(new FieldProblem(fieldOf(path), problem));
                return null;
            }
        }
        try {
            return mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
        } catch (JsonProcessingException refused) {
            JsonProblems.Explained explained = JsonProblems.explain(refused, path);
            problems.add(new FieldProblem(explained.field() == null ? fieldOf(path) : explained.field(),
                    explained.message()));
            return null;
        } catch (IllegalArgumentException refused) {
            problems.add(new FieldProblem(fieldOf(path), messageOf(refused)));
            return null;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Object readRecord(JsonNode node, Class<?> type, String path, List<FieldProblem> problems) {
        if (!node.isObject()) {
            problems.add(new FieldProblem(fieldOf(path), "must be a JSON object"));
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        FixedFields fixed = type.getAnnotation(FixedFields.class);
        for (Iterator<String> given = node.fieldNames(); given.hasNext(); ) {
            String name = given.next();
            if (!names.contains(name)) {
                String why = fixed != null && Arrays.asList(fixed.value()).contains(name)
                        ? fixed.why()
                        : "is not a field of this request, which takes " + String.join(", ", names);
                problems.add(new FieldProblem(JsonProblems.join(path, name), why));
            }
        }
        int before = problems.size();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonNode child = node.get(component.getName());
            if (child != null && !child.isNull()) {
                MaxLength max = component.getAnnotation(MaxLength.class);
                values[i] = read(child, mapper.constructType(component.getGenericType()),
                        JsonProblems.join(path, component.getName()),
                        max == null ? InputLimits.TEXT_LENGTH : max.value(), problems);
            }
            if (values[i] == null && component.getType().isPrimitive()) {
                values[i] = Array.get(Array.newInstance(component.getType(), 1), 0);
            }
        }
        Object record = construct(type, components, values, path, problems);
        if (record instanceof CheckedRequest checked && problems.size() == before) {
            for (FieldProblem problem : checked.problems()) {
                problems.add(new FieldProblem(JsonProblems.join(path, problem.field()), problem.message()));
            }
        }
        return record;
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values, String path,
                                    List<FieldProblem> problems) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof IllegalArgumentException invalid) {
                problems.add(new FieldProblem(fieldOf(path), messageOf(invalid)));
                return null;
            }
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of a request",
                    refused.getCause());
        } catch (ReflectiveOperationException unusable) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of a request", unusable);
        }
    }

    private List<FieldProblem> violations(Object value) {
        return validator.validate(value).stream()
                .map(violation -> new FieldProblem(fieldOf(pathOf(violation)), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** {@code financialYears[1]}, {@code baseline.value}: the JSON path of a violation, as the binding errors name it. */
    private static String pathOf(ConstraintViolation<?> violation) {
        String path = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                if (node.getIndex() != null) {
                    path = path + "[" + node.getIndex() + "]";
                }
                continue;
            }
            path = JsonProblems.join(path, node.getName());
            if (node.getIndex() != null) {
                path = path + "[" + node.getIndex() + "]";
            }
        }
        return path;
    }

    /** Whether a problem already listed for {@code listed} explains a violation of {@code field}. */
    private static boolean covers(String field, String listed) {
        return listed.equals(field) || listed.startsWith(field + ".") || listed.startsWith(field + "[");
    }

    private static String fieldOf(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String messageOf(IllegalArgumentException refused) {
        return refused.getMessage() == null ? "is not valid" : refused.getMessage();
    }

    /** A record bound field by field: not a value type that makes itself from one JSON value. */
    static boolean isRequestRecord(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        boolean factory = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()))
                .anyMatch(RequestBodyBinder::isCreator);
        boolean constructor = Arrays.stream(type.getDeclaredConstructors())
                .anyMatch(candidate -> candidate.isAnnotationPresent(JsonCreator.class));
        return !factory && !constructor;
    }

    private static boolean isCreator(Method method) {
        return method.isAnnotationPresent(JsonCreator.class);
    }
}
