package io.outturn.query.export;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a list can be exported in. A client asks with {@code ?format=csv|xlsx}, which wins, or with
 * {@code Accept}: the first acceptable type in order of preference decides, so {@code Accept: text/csv} exports
 * and {@code Accept: application/json, text/csv;q=0.5} does not (nor does a wildcard such as {@code *}{@code /*}). Without either, the list answers JSON as it
 * always has.
 */
public enum ExportFormat {

    /** RFC 4180 with a header row, UTF-8 with a byte order mark so that spreadsheets read £ and accents right. */
    CSV(MediaType.parseMediaType("text/csv;charset=UTF-8;header=present"), "csv"),
    /** Office Open XML workbook: one sheet, typed cells, streamed. */
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    /** The query parameter that names a format. */
    public static final String PARAMETER = "format";

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The type the export is answered with. */
    public MediaType mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot: {@code csv}, {@code xlsx}. */
    public String extension() {
        return extension;
    }

    /**
     * The export a request asks for: {@code format} (the {@code ?format=} parameter) when given, else the
     * {@code Accept} header; empty when the request wants the list as JSON. An unknown {@code format} is a 400
     * naming the parameter; an {@code Accept} header that cannot be read is left to the JSON answer.
     */
    public static Optional<ExportFormat> requested(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return Optional.of(named(format.strip()));
        }
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return Optional.empty();
        }
        // Most preferred first; a stable sort keeps the client's order among types of equal quality.
        List<MediaType> byPreference = acceptable.stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .toList();
        for (MediaType type : byPreference) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (ExportFormat candidate : values()) {
                if (candidate.mediaType.getType().equals(type.getType())
                        && candidate.mediaType.getSubtype().equals(type.getSubtype())) {
                    return Optional.of(candidate);
                }
            }
            // The first acceptable type that is not an export (JSON, */*) wins for JSON.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static ExportFormat named(String name) {
        for (ExportFormat candidate : values()) {
            if (candidate.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new OutturnException(ErrorCode.VALIDATION_FAILED, PARAMETER,
                PARAMETER + " must be csv or xlsx, not '" + name + "'");
    }
}
