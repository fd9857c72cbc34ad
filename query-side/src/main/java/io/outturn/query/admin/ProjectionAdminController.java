package io.outturn.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operating the read models: {@code GET} shows every projection's progress, {@code POST .../replay} rebuilds one
 * from the first event and answers 202 at once with its status; poll {@code GET} to follow the replay.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionProcessors processors;

    ProjectionAdminController(ProjectionProcessors processors) {
        this.processors = processors;
    }

    @GetMapping
    List<ProjectionStatus> projections() {
        return processors.statuses();
    }

    @GetMapping("/{name}")
    ProjectionStatus projection(@PathVariable String name) {
        return processors.status(name);
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<ProjectionStatus> replay(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(processors.replay(name));
    }
}
