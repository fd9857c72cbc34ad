package io.outturn.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.FieldProblem;
import io.outturn.web.problem.JsonProblems;
import io.outturn.web.problem.OutturnException;
import org.springframework.core.GenericTypeResolver;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every JSON request body (it writes nothing: responses keep Spring's converter). The body is parsed once,
 * within {@link RequestJson}'s limits, into a tree, which {@link RequestBodyBinder} turns into the request record
 * with every problem listed. A body that is not JSON at all answers MALFORMED_REQUEST, as before.
 */
final class RequestBodyConverter extends AbstractGenericHttpMessageConverter<Object> {

    private final ObjectMapper mapper;
    private final RequestBodyBinder binder;

    RequestBodyConverter(ObjectMapper requestMapper, RequestBodyBinder binder) {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.mapper = requestMapper;
        this.binder = binder;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type != String.class && type != byte[].class;
    }

    @Override
    public boolean canWrite(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    public boolean canWrite(Type type, Class<?> type2, MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        JavaType target = mapper.constructType(GenericTypeResolver.resolveType(type, contextClass));
        JsonNode body;
        try (JsonParser parser = mapper.createParser(input.getBody())) {
            try {
                body = mapper.readTree(parser);
            } catch (StreamConstraintsException tooBig) {
                // Jackson's limits do not say where they stopped: the parser still knows.
                throw OutturnException.invalid(List.of(new FieldProblem(pathOf(parser.getParsingContext()),
                        "is longer or deeper than a request may be (" + JsonProblems.limitOf(tooBig) + ")")));
            }
        } catch (JsonProcessingException unreadable) {
            throw new OutturnException(ErrorCode.MALFORMED_REQUEST, JsonProblems.notJson(unreadable));
        }
        if (body == null || body.isMissingNode()) {
            throw new HttpMessageNotReadableException("A readable request body is required", input);
        }
        return binder.bind(body, target);
    }

    /** {@code target.value}, {@code profile.2011-12}, {@code financialYears[3]}; {@code body} at the top. */
    private static String pathOf(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inObject() && step.getCurrentName() != null) {
                steps.add(0, step.getCurrentName());
            } else if (step.inArray()) {
                steps.add(0, "[" + Math.max(0, step.getCurrentIndex()) + "]");
            }
        }
        String path = "";
        for (String step : steps) {
            path = JsonProblems.join(path, step);
        }
        return path.isEmpty() ? "body" : path;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        return read(type, null, input);
    }

    @Override
    protected void writeInternal(Object value, Type type, HttpOutputMessage output) {
        throw new UnsupportedOperationException("request bodies are only read");
    }
}
