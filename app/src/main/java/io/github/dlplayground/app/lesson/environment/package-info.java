/**
 * Lesson 8, Environment: the facts about Java, JavaFX, the machine, the matrix backends, the GPU and the
 * data source, gathered once in {@link io.github.dlplayground.app.lesson.environment.EnvironmentReport}
 * (no JavaFX) and shown both by this lesson and by the command {@code info}.
 */
package io.github.dlplayground.app.lesson.environment;
