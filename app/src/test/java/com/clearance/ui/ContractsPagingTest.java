package com.clearance.ui;

import com.clearance.service.CancellationToken;
import com.clearance.service.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portfolio larger than a page: the newest page is listed before the rest is read, the rest arrives in chunks, and
 * the table shows one page at a time while search and sorting act on every contract. Pages of 10 and chunks of 4
 * stand in for the window's 100 and 500.
 */
class ContractsPagingTest {

    private static final int CONTRACTS = 25;

    @TempDir
    Path dir;
    private ViewModelFixture fx;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void storeContracts() throws Exception {
        fx = new ViewModelFixture(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= CONTRACTS; i++) {
            files.add(fx.file(String.format("terms-%02d.txt", i), "Agreement number " + i + "\ntraining-use:weak\n"));
        }
        fx.workbench.contracts().importFiles(files, ProgressListener.NONE, CancellationToken.none());
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void theNewestPageIsListedBeforeTheRestIsRead() throws Exception {
        QueuedTasks tasks = new QueuedTasks();
        ContractsViewModel contracts = new ContractsViewModel(fx.workbench, tasks, errors::add, 10, 4);

        contracts.refresh();
        tasks.runNext();

        assertThat(contracts.loadedProperty().get()).as("usable after one read").isTrue();
        assertThat(contracts.completeProperty().get()).isFalse();
        assertThat(contracts.allRows()).extracting(ContractRow::id).containsExactlyElementsOf(newestIds(10));
        assertThat(contracts.pages().rows()).hasSize(10);
        assertThat(tasks.waiting()).as("the rest is read as a separate task").isEqualTo(1);

        tasks.runAll();

        assertThat(contracts.completeProperty().get()).isTrue();
        assertThat(contracts.allRows()).extracting(ContractRow::id).containsExactlyElementsOf(newestIds(CONTRACTS));
        assertThat(tasks.ran()).as("one page, then chunks of 4").isEqualTo(1 + 4);
    }

    @Test
    void theTableShowsOnePageWhileSearchAndSortingCoverEveryContract() {
        ContractsViewModel contracts = new ContractsViewModel(fx.workbench, fx.tasks, errors::add, 10, 4);
        contracts.refresh();
        PagedList<ContractRow> pages = contracts.pages();

        assertThat(pages.rows()).hasSize(10);
        assertThat(pages.pageCountProperty().get()).isEqualTo(3);
        assertThat(pages.rangeProperty().get()).isEqualTo("1–10 of 25");

        pages.pageIndexProperty().set(2);
        assertThat(pages.rows()).hasSize(5);
        assertThat(pages.rangeProperty().get()).isEqualTo("21–25 of 25");

        contracts.sortedRows().setComparator(Comparator.comparing(ContractRow::document));
        pages.pageIndexProperty().set(0);
        assertThat(pages.rows()).extracting(ContractRow::document).startsWith("terms-01.txt", "terms-02.txt")
                .as("sorted across all contracts, not within the page").hasSize(10);

        pages.pageIndexProperty().set(1);
        contracts.searchProperty().set("terms-25");
        assertThat(pages.pageIndexProperty().get()).as("a search starts at its first page").isZero();
        assertThat(pages.rows()).extracting(ContractRow::document).containsExactly("terms-25.txt");
        assertThat(pages.pageCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aLaterRefreshKeepsTheListedRowsUntilTheNewListIsIn() throws Exception {
        QueuedTasks tasks = new QueuedTasks();
        ContractsViewModel contracts = new ContractsViewModel(fx.workbench, tasks, errors::add, 10, 4);
        contracts.refresh();
        tasks.runAll();

        contracts.refresh();
        tasks.runNext();

        assertThat(contracts.allRows()).as("not cut back to the first page while re-reading").hasSize(CONTRACTS);
        tasks.runAll();
        assertThat(contracts.allRows()).hasSize(CONTRACTS);
    }

    private List<Long> newestIds(int n) throws Exception {
        return fx.workbench.contracts().contracts().stream().limit(n).map(o -> o.contract().id()).toList();
    }

    /** Background work that waits until the test runs it, one task at a time, in order. */
    private static final class QueuedTasks implements BackgroundTasks {
        private final Queue<Runnable> queue = new ArrayDeque<>();
        private int ran;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> new SynchronousTasks().run(work, onSuccess, onFailure));
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }

        void runNext() {
            ran++;
            queue.remove().run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                runNext();
            }
        }

        int waiting() { return queue.size(); }
        int ran() { return ran; }
    }
}
