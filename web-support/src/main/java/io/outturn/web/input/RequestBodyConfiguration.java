package io.outturn.web.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Puts {@link RequestBodyConverter} first, so that it, not Spring's Jackson converter, reads every JSON body. */
@Configuration(proxyBeanMethods = false)
class RequestBodyConfiguration implements WebMvcConfigurer {

    private final ObjectMapper applicationMapper;
    private final Validator validator;

    RequestBodyConfiguration(ObjectMapper applicationMapper, Validator validator) {
        this.applicationMapper = applicationMapper;
        this.validator = validator;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        ObjectMapper requestMapper = RequestJson.mapper(applicationMapper);
        converters.add(0, new RequestBodyConverter(requestMapper, new RequestBodyBinder(requestMapper, validator)));
    }
}
