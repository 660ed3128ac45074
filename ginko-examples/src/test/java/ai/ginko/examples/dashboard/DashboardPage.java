package ai.ginko.examples.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agent-status page as a test sees it: what a person would read and do, by label and visible text. */
final class DashboardPage {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver browser;

    DashboardPage(WebDriver browser) {
        this.browser = browser;
    }

    /** Opens the page in a fresh tab state: no token remembered from an earlier test. */
    DashboardPage open(URI page) {
        browser.get(page.toString());
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        return this;
    }

    boolean asksForAToken() {
        return browser.findElement(By.id("token")).isDisplayed();
    }

    DashboardPage signIn(String token) {
        WebElement field = browser.findElement(By.cssSelector("label[for=token]"));
        browser.findElement(By.id(field.getAttribute("for"))).sendKeys(token);
        browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        return this;
    }

    /** Waits until the condition holds; a read of an element that the page re-rendered meanwhile is tried again. */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    String mode() {
        return browser.findElement(By.id("mode")).getText();
    }

    List<WebElement> agentRows() {
        return browser.findElements(By.cssSelector("#agents tbody tr"));
    }

    /**
     * The cells of an agent's row, as text, or an empty list when the row is not shown. Read in one script, so
     * that a re-render of the live table (on every update, and as heartbeat ages tick) cannot come in between.
     */
    List<String> rowOf(String agentId) {
        Object cells = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(td => td.innerText.trim())",
                "#agents tbody tr[data-agent-id='" + agentId + "'] td");
        return ((List<?>) cells).stream().map(String::valueOf).toList();
    }

    List<WebElement> taskRows() {
        return browser.findElements(By.cssSelector("#tasks tbody tr"));
    }

    /** The cells of a task's row, as text, or an empty list when the row is not shown. */
    List<String> taskRow(String taskId) {
        return browser.findElements(By.cssSelector("#tasks tbody tr[data-task-id='" + taskId + "'] td"))
                .stream().map(WebElement::getText).toList();
    }

    WebElement rowElement(String agentId) {
        return browser.findElement(By.cssSelector("#agents tbody tr[data-agent-id='" + agentId + "']"));
    }

    List<String> headers(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " thead th[scope=col]")).stream()
                .map(WebElement::getText).toList();
    }

    void filterStatus(String visibleText) {
        new Select(browser.findElement(By.id("status"))).selectByVisibleText(visibleText);
    }

    List<String> projectChoices() {
        return new Select(browser.findElement(By.id("project"))).getOptions().stream().map(WebElement::getText)
                .toList();
    }

    String details() {
        return browser.findElement(By.id("details")).getText();
    }

    String blockers() {
        return browser.findElement(By.id("blockers")).getText();
    }

    /** Marks the document, so that a test can tell the page was not reloaded. */
    void markDocument() {
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");
    }

    boolean documentStillMarked() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return window.notReloaded === true"));
    }

    void screenshot(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
