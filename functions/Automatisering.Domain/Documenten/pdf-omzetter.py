"""One warm LibreOffice conversion slot, driven by LibreOfficeOmzetter (.NET) over stdin/stdout.

Starts its own soffice with a listener and a profile of its own, connects over UNO (Debian's python3-uno)
and then converts one document per JSON line on stdin, answering one JSON line on stdout. Ends, taking
soffice with it, when stdin closes (the .NET process stopped or dropped the slot) or soffice died.

Usage: python3 pdf-omzetter.py <soffice> <profile-dir> <pipe-name>
Request:  {"in": "/tmp/x.docx", "out": "/tmp/x.pdf", "taal": "nl-NL"}
Answer:   {"ok": true} | {"ok": false, "fout": "...", "dood": true|false}
"""
import json
import os
import re
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale


def properties(**values):
    result = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        result.append(p)
    return tuple(result)


def answer(**values):
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def start_soffice(soffice, profile, pipe):
    # A session of its own, so ending the slot ends soffice.bin too (soffice is a wrapper that forks it).
    return subprocess.Popen(
        [soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
         "--norestore", "--nolockcheck", "--nodefault", "--nologo",
         "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def stop_soffice(process):
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def connect(process, pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        if process.poll() is not None:
            raise RuntimeError("soffice stopte tijdens het starten (exitcode %s)" % process.returncode)
        try:
            context = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def convert(desktop, request):
    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(request["in"]), "_blank", 0, properties(Hidden=True, ReadOnly=True))
    if document is None:
        raise RuntimeError("LibreOffice kon het document niet openen")
    try:
        # The PDF's /Lang comes from the document's default language; the house styles may lack it.
        language, _, country = request["taal"].partition("-")
        document.createInstance("com.sun.star.text.Defaults").setPropertyValue("CharLocale", Locale(language, country, ""))
        # LibreOffice 7.4 escapes '&' twice in the XMP (dc:title "B&amp;amp;W") but not in the document info, and
        # PDF/A wants the two equal: "B&W" is written "B en W" in the PDF's metadata (the .docx keeps it).
        info = document.getDocumentProperties()
        info.Title = re.sub(r"\s*&\s*", " en ", info.Title)
        info.Subject = re.sub(r"\s*&\s*", " en ", info.Subject)
        # PDF/A-2b for the archive, tagged and PDF/UA for screen readers, bookmarks from the headings;
        # title and subject come from the .docx's core properties, shown as the window title.
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", properties(
            SelectPdfVersion=2, UseTaggedPDF=True, PDFUACompliance=True, ExportBookmarks=True,
            DisplayPDFDocumentTitle=True, ExportNotes=False))
        document.storeToURL(uno.systemPathToFileUrl(request["out"]),
                            properties(FilterName="writer_pdf_Export", FilterData=filter_data))
    finally:
        document.close(True)


def main():
    soffice, profile, pipe = sys.argv[1:4]
    try:
        process = start_soffice(soffice, profile, pipe)
    except OSError as error:
        answer(klaar=False, fout="LibreOffice ('%s') is niet gevonden of niet uitvoerbaar (%s); installeer het Debian-pakket "
                                  "libreoffice-writer-nogui (infra/local/setup.sh)." % (soffice, error.strerror))
        sys.exit(1)
    try:
        desktop = connect(process, pipe, 60)
        answer(klaar=True, pid=process.pid)
        for line in sys.stdin:
            if process.poll() is not None:
                answer(ok=False, fout="LibreOffice is gestopt", dood=True)
                return
            try:
                convert(desktop, json.loads(line))
                answer(ok=True)
            except Exception as error:
                dead = process.poll() is not None or type(error).__name__ in ("DisposedException", "RuntimeException")
                answer(ok=False, fout=str(error) or type(error).__name__, dood=dead)
                if dead:
                    return
    finally:
        stop_soffice(process)


if __name__ == "__main__":
    main()
