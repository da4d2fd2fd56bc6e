"""The browser tests' axe-core cache: a page is checked again when anything its findings depend on changes."""

from browser.test_reader import axe_key

OPTIONS = {"resultTypes": ["violations"]}


def a_site(tmp_path):
    site = tmp_path / "site"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "stylesheets" / "main.css").write_text("body { color: #000 }")
    (site / "stylesheets").mkdir()
    (site / "stylesheets" / "extra.css").write_text(".x { color: #333 }")
    (site / "pictures").mkdir()
    (site / "pictures" / "a.svg").write_text("<svg/>")
    (site / "page").mkdir()
    (site / "page" / "index.html").write_text(
        '<link href="../stylesheets/extra.css"><img src="../pictures/a.svg" alt="a"><p>text</p>')
    (site / "other").mkdir()
    (site / "other" / "index.html").write_text("<p>another page</p>")
    return site


def test_the_key_is_the_same_for_the_same_files(tmp_path):
    site = a_site(tmp_path)
    assert axe_key(site, "page/", "light", OPTIONS, "1.0") == axe_key(site, "page/", "light", OPTIONS, "1.0")


def test_the_key_changes_with_each_thing_the_findings_depend_on(tmp_path):
    site = a_site(tmp_path)
    keys = {axe_key(site, "page/", "light", OPTIONS, "1.0")}
    keys.add(axe_key(site, "page/", "dark", OPTIONS, "1.0"))
    keys.add(axe_key(site, "page/", "light", OPTIONS | {"runOnly": ["color-contrast"]}, "1.0"))
    keys.add(axe_key(site, "page/", "light", OPTIONS, "2.0"))  # another browser
    keys.add(axe_key(site, "page/#a-section", "light", OPTIONS, "1.0"))  # opened at a deep link: scrolled
    for file, text in [("page/index.html", "<p>changed</p>"), ("assets/stylesheets/main.css", "body { color: #777 }"),
                       ("stylesheets/extra.css", ".x { color: #999 }"), ("pictures/a.svg", "<svg></svg>")]:
        (site / file).write_text(text if file != "page/index.html" else (site / file).read_text() + text)
        keys.add(axe_key(site, "page/", "light", OPTIONS, "1.0"))
    assert len(keys) == 9


def test_another_page_changing_does_not_change_the_key(tmp_path):
    site = a_site(tmp_path)
    before = axe_key(site, "page/", "light", OPTIONS, "1.0")
    (site / "other" / "index.html").write_text("<p>changed</p>")
    assert axe_key(site, "page/", "light", OPTIONS, "1.0") == before
