<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About UNNM Desktop</source>
            <translation>UNNM Desktop hakkında</translation>
        </message>
        <message>
            <source>Minutes and consensus decisions of the UN Network on Migration in Türkiye. Works offline; your data stays in the folders below.</source>
            <translation>BM Göç Ağı – Türkiye toplantılarının tutanakları ve uzlaşı ile alınan kararları. İnternet bağlantısı olmadan çalışır; verileriniz aşağıdaki klasörlerde kalır.</translation>
        </message>
        <message>
            <source>&amp;Folders, files and versions:</source>
            <translation>Klasörler, dosyalar ve &amp;sürümler:</translation>
        </message>
        <message>
            <source>Folders, files and versions</source>
            <translation>Klasörler, dosyalar ve sürümler</translation>
        </message>
        <message>
            <source>Where the database, backups and log are, and the versions of the program and its libraries. Read only; Copy diagnostics copies all of it.</source>
            <translation>Veritabanının, yedeklerin ve günlüğün yeri ile programın ve kitaplıklarının sürümleri. Salt okunur; Tanılama bilgilerini kopyala düğmesi bunların tümünü kopyalar.</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>Tanılama bilgilerini &amp;kopyala</translation>
        </message>
        <message>
            <source>Copies the folders, files and versions, and the operating system, to the clipboard, to paste into a message to whoever supports you.</source>
            <translation>Klasörleri, dosyaları, sürümleri ve işletim sistemini panoya kopyalar; size destek veren kişiye yazacağınız iletiye yapıştırabilirsiniz.</translation>
        </message>
        <message>
            <source>Copy status</source>
            <translation>Kopyalama durumu</translation>
        </message>
        <message>
            <source>Licence: {licence}. Free to use, copy and change; provided without warranty.</source>
            <translation>Lisans: {licence}. Kullanmak, kopyalamak ve değiştirmek serbesttir; hiçbir garanti verilmez.</translation>
        </message>
        <message>
            <source>Copied: paste it into your message.</source>
            <translation>Kopyalandı: iletinize yapıştırın.</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Type part of a title, reference or place; Turkish letters are optional (goc finds Göç). Ctrl+F comes here.</source>
            <translation>Başlığın, sayının ya da yerin bir kısmını yazın; Türkçe harfler zorunlu değildir (goc yazınca Göç de bulunur). Ctrl+F ile buraya gelinir.</translation>
        </message>
        <message>
            <source>The meetings, newest first. Up and Down select one; it opens in the tabs on the right.</source>
            <translation>Toplantılar, en yenisi başta. Yukarı ve Aşağı ok tuşları bir toplantı seçer; seçilen toplantı sağdaki sekmelerde açılır.</translation>
        </message>
        <message>
            <source>Creates a new meeting with the standing agenda items (Ctrl+N).</source>
            <translation>Sabit gündem maddeleriyle yeni bir toplantı oluşturur (Ctrl+N).</translation>
        </message>
        <message>
            <source>Creates the next meeting of the selected meeting's series: its attendees as expected, the standing items and the open action points (Ctrl+Shift+N).</source>
            <translation>Seçili toplantının dizisindeki bir sonraki toplantıyı oluşturur: katılımcıları “bekleniyor” durumunda, sabit gündem maddelerini ve açık eylem maddelerini aktarır (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Details Ctrl+1, Attendance Ctrl+2, Agenda and notes Ctrl+3, Decisions Ctrl+4, Action points Ctrl+5.</source>
            <translation>Ayrıntılar Ctrl+1, Katılım Ctrl+2, Gündem ve notlar Ctrl+3, Kararlar Ctrl+4, Eylem maddeleri Ctrl+5.</translation>
        </message>
        <message>
            <source>The title of the meeting, as it appears at the top of the minutes.</source>
            <translation>Toplantının tutanağın başında görünen başlığı.</translation>
        </message>
        <message>
            <source>The meeting's reference, such as UNNM-TR/2023/1; decision numbers are built from it.</source>
            <translation>Toplantının sayısı, örneğin UNNM-TR/2023/1; karar numaraları bundan oluşturulur.</translation>
        </message>
        <message>
            <source>Start date and time, Istanbul time.</source>
            <translation>Başlangıç tarihi ve saati, İstanbul saatiyle.</translation>
        </message>
        <message>
            <source>End date and time, Istanbul time.</source>
            <translation>Bitiş tarihi ve saati, İstanbul saatiyle.</translation>
        </message>
        <message>
            <source>The person who chairs the meeting; needed before sign-off.</source>
            <translation>Toplantıya başkanlık eden kişi; onaydan önce gereklidir.</translation>
        </message>
        <message>
            <source>The person who takes the minutes; needed before sign-off.</source>
            <translation>Tutanağı tutan kişi; onaydan önce gereklidir.</translation>
        </message>
        <message>
            <source>The GCM objectives 1 to 23 the meeting addresses. Space ticks or unticks the selected one.</source>
            <translation>Toplantının ele aldığı 1–23 arasındaki GCM hedefleri. Boşluk tuşu seçili hedefi işaretler ya da işareti kaldırır.</translation>
        </message>
        <message>
            <source>The date of the next meeting, printed at the end of the minutes.</source>
            <translation>Bir sonraki toplantının tarihi; tutanağın sonunda yer alır.</translation>
        </message>
        <message>
            <source>Type a name, organisation or acronym and press Enter to add the person; Turkish letters are optional. An unknown name opens a short new-person form.</source>
            <translation>Kişiyi eklemek için bir ad, kuruluş ya da kısaltma yazıp Enter'a basın; Türkçe harfler zorunlu değildir. Bilinmeyen bir ad, kısa bir yeni kişi formu açar.</translation>
        </message>
        <message>
            <source>The attendees with organisation, role and status. Alt+Shift+1, 2, 3 or 4 marks the selected rows present, remote, apologies or absent.</source>
            <translation>Katılımcılar; kuruluşları, rolleri ve durumlarıyla. Alt+Shift+1, 2, 3 ya da 4 seçili satırları katıldı, çevrim içi, mazeretli ya da katılmadı olarak işaretler.</translation>
        </message>
        <message>
            <source>Adds a person who is not in the directory yet.</source>
            <translation>Rehberde henüz bulunmayan bir kişi ekler.</translation>
        </message>
        <message>
            <source>A status to give all selected attendees at once.</source>
            <translation>Seçili tüm katılımcılara tek seferde verilecek durum.</translation>
        </message>
        <message>
            <source>Gives the chosen status to all selected attendees.</source>
            <translation>Seçilen durumu seçili tüm katılımcılara verir.</translation>
        </message>
        <message>
            <source>A role to give all selected attendees at once.</source>
            <translation>Seçili tüm katılımcılara tek seferde verilecek rol.</translation>
        </message>
        <message>
            <source>Gives the chosen role to all selected attendees.</source>
            <translation>Seçilen rolü seçili tüm katılımcılara verir.</translation>
        </message>
        <message>
            <source>Removes the selected attendees from this meeting (not from the directory).</source>
            <translation>Seçili katılımcıları bu toplantıdan çıkarır (rehberden silmez).</translation>
        </message>
        <message>
            <source>How many attend, by organisation and by UN and government side.</source>
            <translation>Katılımcı sayısı; kuruluşa göre ve BM ile kamu tarafına göre.</translation>
        </message>
        <message>
            <source>The agenda items in order. Alt+Up and Alt+Down move the selected item; Ctrl+Page Up and Ctrl+Page Down go to the previous or next item from anywhere.</source>
            <translation>Gündem maddeleri, sırasıyla. Alt+Yukarı ve Alt+Aşağı seçili maddeyi taşır; Ctrl+Page Up ve Ctrl+Page Down her yerden önceki ya da sonraki maddeye geçer.</translation>
        </message>
        <message>
            <source>Adds an agenda item after the selected one (Ctrl+Shift+A).</source>
            <translation>Seçili maddenin ardından bir gündem maddesi ekler (Ctrl+Shift+A).</translation>
        </message>
        <message>
            <source>Adds the standing items: adoption of the agenda, approval of the previous minutes, matters arising, any other business.</source>
            <translation>Sabit gündem maddelerini ekler: gündemin kabulü, önceki tutanağın onaylanması, önceki toplantıdan doğan konular, diğer konular.</translation>
        </message>
        <message>
            <source>Removes the selected agenda item.</source>
            <translation>Seçili gündem maddesini kaldırır.</translation>
        </message>
        <message>
            <source>The title of the selected agenda item.</source>
            <translation>Seçili gündem maddesinin başlığı.</translation>
        </message>
        <message>
            <source>How many minutes the agenda gives this item; the timer counts against it.</source>
            <translation>Gündemde bu maddeye ayrılan süre (dakika); zamanlayıcı bu süreye göre sayar.</translation>
        </message>
        <message>
            <source>Starts or stops the timer of this item (F9).</source>
            <translation>Bu maddenin zamanlayıcısını başlatır ya da durdurur (F9).</translation>
        </message>
        <message>
            <source>Time spent on this item against the planned minutes.</source>
            <translation>Bu maddeye harcanan süre ve planlanan süre.</translation>
        </message>
        <message>
            <source>The discussion notes of the selected item, saved as you type. Ctrl+Shift+I inserts the time and who takes the floor; Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 a bulleted list.</source>
            <translation>Seçili maddenin görüşme notları; siz yazdıkça kaydedilir. Ctrl+Shift+I saati ve söz alanı ekler; Ctrl+B kalın, Ctrl+I italik, Ctrl+Shift+8 madde işaretli liste.</translation>
        </message>
        <message>
            <source>Action points of earlier meetings: record here what became of each, under matters arising.</source>
            <translation>Önceki toplantıların eylem maddeleri: önceki toplantıdan doğan konular altında her birinin ne olduğunu buraya kaydedin.</translation>
        </message>
        <message>
            <source>The decisions of the selected agenda item.</source>
            <translation>Seçili gündem maddesinin kararları.</translation>
        </message>
        <message>
            <source>Adds a decision to the selected agenda item (Ctrl+Shift+E).</source>
            <translation>Seçili gündem maddesine bir karar ekler (Ctrl+Shift+E).</translation>
        </message>
        <message>
            <source>Removes the selected decision.</source>
            <translation>Seçili kararı kaldırır.</translation>
        </message>
        <message>
            <source>The text of the decision as it will read in the minutes.</source>
            <translation>Kararın tutanakta yer alacak metni.</translation>
        </message>
        <message>
            <source>How the decision was taken: consensus, silence procedure or chair's summary.</source>
            <translation>Kararın nasıl alındığı: uzlaşı, sessiz onay usulü ya da Başkanın özeti.</translation>
        </message>
        <message>
            <source>The outcome. One the positions do not allow is refused, with the reason shown beside it; Ctrl+Shift+O takes the suggested outcome.</source>
            <translation>Sonuç. Tutumların izin vermediği bir sonuç reddedilir ve nedeni yanında gösterilir; Ctrl+Shift+O önerilen sonucu uygular.</translation>
        </message>
        <message>
            <source>Why the chosen outcome is not possible with the positions recorded.</source>
            <translation>Seçilen sonucun kaydedilen tutumlarla neden mümkün olmadığı.</translation>
        </message>
        <message>
            <source>The outcome the recorded positions allow.</source>
            <translation>Kaydedilen tutumların izin verdiği sonuç.</translation>
        </message>
        <message>
            <source>The chair's note, printed under the decision and needed for not adopted without an objection. Ctrl+Shift+H inserts the chair's summary drafted from the positions; it follows them until edited.</source>
            <translation>Başkanın notu; kararın altında basılır ve itiraz olmadan kabul edilmeyen bir karar için gereklidir. Ctrl+Shift+H tutumlardan hazırlanan başkan özetini ekler; elle düzenlenene kadar tutumları izler.</translation>
        </message>
        <message>
            <source>The meeting or date a deferred decision goes to.</source>
            <translation>Ertelenen kararın aktarıldığı toplantı ya da tarih.</translation>
        </message>
        <message>
            <source>The GCM objectives of the decision; opens a list of the 23 objectives to type or tick them (Ctrl+Shift+M).</source>
            <translation>Kararın GCM hedefleri; numaralarını yazmak ya da işaretlemek için 23 hedefin listesini açar (Ctrl+Shift+M).</translation>
        </message>
        <message>
            <source>Every attending organisation without a position joins the consensus; positions already recorded stay (Ctrl+Shift+J).</source>
            <translation>Henüz tutumu olmayan her katılımcı kuruluş uzlaşıya katılıyor olarak kaydedilir; önceden kaydedilmiş tutumlar değişmez (Ctrl+Shift+J).</translation>
        </message>
        <message>
            <source>One row per attending organisation: its position (joins, concern, stands aside, reservation, ad referendum, objects) and a statement for the record. Typing or F2 opens a cell; Tab saves and moves on.</source>
            <translation>Katılan her kuruluş için bir satır: tutumu (uzlaşıya katılıyor, endişe, çekimser, çekince, ad referendum, itiraz) ve tutanağa geçecek açıklaması. Yazmaya başlamak ya da F2 bir hücreyi açar; Tab kaydedip sonraki hücreye geçer.</translation>
        </message>
        <message>
            <source>The action points of this meeting: text, responsible organisations, due date and status. Overdue ones are marked.</source>
            <translation>Bu toplantının eylem maddeleri: metin, sorumlu kuruluşlar, son tarih ve durum. Süresi geçenler işaretlenir.</translation>
        </message>
        <message>
            <source>Adds an action point (Ctrl+Shift+K).</source>
            <translation>Bir eylem maddesi ekler (Ctrl+Shift+K).</translation>
        </message>
        <message>
            <source>Removes the selected action point.</source>
            <translation>Seçili eylem maddesini kaldırır.</translation>
        </message>
        <message>
            <source>Action points of earlier meetings followed up at this one.</source>
            <translation>Önceki toplantıların bu toplantıda izlenen eylem maddeleri.</translation>
        </message>
        <message>
            <source>When your last change was saved. Everything is saved as you type; there is no save button.</source>
            <translation>Son değişikliğinizin ne zaman kaydedildiği. Her şey siz yazdıkça kaydedilir; kaydet düğmesi yoktur.</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <source>Action</source>
            <translation>Eylem</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Sorumlu</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Organisation acronyms, separated by commas; suggestions from the directory</source>
            <translation>Kuruluş kısaltmaları, virgülle ayrılmış; öneriler rehberden gelir</translation>
        </message>
        <message>
            <source>Due date, e.g. {example}; Alt+Down opens a calendar</source>
            <translation>Son tarih, ör. {example}; Alt+Aşağı takvimi açar</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>Yapılacak iş</translation>
        </message>
        <message>
            <source>Status: {statuses}</source>
            <translation>Durum: {statuses}</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>{open}, {in_progress}, {done} or {dropped}</source>
            <translation>{open}, {in_progress}, {done} ya da {dropped}</translation>
        </message>
        <message>
            <source>The minutes are signed off; reopen them for revision to change them.</source>
            <translation>Tutanak onaylandı; değiştirmek istiyorsanız önce düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>Add an action point (Ctrl+Shift+K)</source>
            <translation>Eylem maddesi ekle (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Remove the selected action point</source>
            <translation>Seçilen eylem maddesini kaldır</translation>
        </message>
        <message>
            <source>New action point</source>
            <translation>Yeni eylem maddesi</translation>
        </message>
        <message>
            <source>“{value}” is not an action status; use {statuses}.</source>
            <translation>“{value}” bir eylem durumu değil; şunlardan birini kullanın: {statuses}.</translation>
        </message>
    </context>
    <context>
        <name>AddendaModel</name>
        <message>
            <source>Addendum</source>
            <translation>Ek</translation>
        </message>
        <message>
            <source>Minutes of</source>
            <translation>Tutanak</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Karar</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Sonuçlandırma</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Tarih</translation>
        </message>
    </context>
    <context>
        <name>AddendumExport</name>
        <message>
            <source>Export addendum {number} to the minutes of {reference}</source>
            <translation>{reference} tutanağının {number} numaralı ekini dışa aktar</translation>
        </message>
        <message>
            <source>Exporting addendum {number}…</source>
            <translation>Ek {number} dışa aktarılıyor…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Dışa aktarılamadı</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>{file} yazılamıyor: {reason}.</translation>
        </message>
        <message>
            <source>Addendum {number} to the minutes of {reference} exported to {path}</source>
            <translation>{reference} tutanağına Ek {number}, {path} konumuna aktarıldı</translation>
        </message>
        <message>
            <source>Addendum {number} — decision {decision}, {date}</source>
            <translation>Ek {number} — {decision} kararı, {date}</translation>
        </message>
        <message>
            <source>Export addendum</source>
            <translation>Eki dışa aktar</translation>
        </message>
        <message>
            <source>&amp;Addendum:</source>
            <translation>&amp;Ek:</translation>
        </message>
        <message>
            <source>The minutes of {reference} have no addendum yet.</source>
            <translation>{reference} tutanağının henüz eki yok.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Notes formatting</source>
            <translation>Not biçimlendirme</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Kalın</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>İtalik</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Madde işaretli liste</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Numaralı liste</translation>
        </message>
        <message>
            <source>{number}. {title}  ({minutes} min)</source>
            <translation>{number}. {title}  ({minutes} dk)</translation>
        </message>
        <message>
            <source>Stop &amp;timer</source>
            <translation>&amp;Zamanlayıcıyı durdur</translation>
        </message>
        <message>
            <source>Start &amp;timer</source>
            <translation>&amp;Zamanlayıcıyı başlat</translation>
        </message>
        <message>
            <source>The minutes are signed off; reopen them for revision to change them.</source>
            <translation>Tutanak onaylandı; değiştirmek istiyorsanız önce düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>Yeni gündem maddesi</translation>
        </message>
        <message>
            <source>Agenda item removed; its notes are kept in the audit log.</source>
            <translation>Gündem maddesi kaldırıldı; notları denetim kaydında saklanıyor.</translation>
        </message>
        <message>
            <source>{elapsed} of {planned} min  — over time</source>
            <translation>{elapsed} / {planned} dk  — süre aşıldı</translation>
        </message>
        <message>
            <source>{elapsed} of {planned} min</source>
            <translation>{elapsed} / {planned} dk</translation>
        </message>
    </context>
    <context>
        <name>AliasTableModel</name>
        <message>
            <source>open-ended</source>
            <translation>süresiz</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Geliş saati</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <source>The minutes are signed off; reopen them for revision to change them.</source>
            <translation>Tutanak onaylandı; değiştirmek istiyorsanız önce düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>{name} is already attending.</source>
            <translation>{name} zaten katılıyor.</translation>
        </message>
        <message>
            <source>{status} {count}</source>
            <translation>{status}: {count}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{attending} attending&lt;/b&gt; — UN entities {un}, government {government}, others {others}.&lt;br&gt;By organisation: {organisations}.&lt;br&gt;All entries: {statuses}.</source>
            <translation>&lt;b&gt;{attending} katılımcı&lt;/b&gt; — BM kuruluşları {un}, kamu kurumları {government}, diğerleri {others}.&lt;br&gt;Kuruluşa göre: {organisations}.&lt;br&gt;Tüm kayıtlar: {statuses}.</translation>
        </message>
        <message>
            <source>Select one or more people in the attendance table first.</source>
            <translation>Önce katılım tablosunda bir ya da daha fazla kişi seçin.</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Could not prepare the save ({error}); your text is still on screen.</source>
            <translation>Kayıt hazırlanamadı ({error}); metniniz hâlâ ekranda.</translation>
        </message>
        <message>
            <source>Could not save ({error}); your text is still here and will be saved again.</source>
            <translation>Kaydedilemedi ({error}); metniniz hâlâ burada ve yeniden kaydedilecek.</translation>
        </message>
    </context>
    <context>
        <name>CellEditors</name>
        <message>
            <source>Tab: next cell · Shift+Tab: previous cell · Enter: save and go down · Esc: undo the cell · F2: edit</source>
            <translation>Tab: sonraki hücre · Shift+Tab: önceki hücre · Enter: kaydet ve aşağı in · Esc: hücredeki değişikliği geri al · F2: düzenle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationDialog</name>
        <message>
            <source>Decision {decision} of {meeting} — confirmation due by {deadline}.</source>
            <translation>{meeting} toplantısının {decision} kararı — teyit için son tarih: {deadline}.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Kaydet</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Record a confirmation</source>
            <translation>Teyidi kaydet</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>K&amp;uruluş:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <source>The organisation whose ad referendum position is settled</source>
            <translation>Ad referendum tutumu sonuçlanan kuruluş</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tarih:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>The day the organisation answered, as year-month-day (2024-05-30)</source>
            <translation>Kuruluşun yanıt verdiği gün, yıl-ay-gün biçiminde (2024-05-30)</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Nasıl:</translation>
        </message>
        <message>
            <source>How it was confirmed</source>
            <translation>Nasıl teyit edildiği</translation>
        </message>
        <message>
            <source>How the answer came, for the record: e.g. the e-mail and who sent it</source>
            <translation>Kayıt için yanıtın nasıl geldiği: ör. e-posta ve gönderen</translation>
        </message>
        <message>
            <source>e.g. e-mail of 12 May from the focal point</source>
            <translation>ör. irtibat kişisinin 12 Mayıs tarihli e-postası</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Yanıt:</translation>
        </message>
        <message>
            <source>Con&amp;firmed: joins the consensus</source>
            <translation>Te&amp;yit etti: uzlaşıya katılıyor</translation>
        </message>
        <message>
            <source>&amp;Withdrawn: does not confirm</source>
            <translation>&amp;Geri çekti: teyit etmiyor</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Sorun</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Someone else changed this</source>
            <translation>Bunu başka biri değiştirdi</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Benimki kalsın</translation>
        </message>
        <message>
            <source>Save your text over the other change.</source>
            <translation>Metninizi diğer değişikliğin üzerine kaydeder.</translation>
        </message>
        <message>
            <source>&amp;Reload theirs</source>
            <translation>&amp;Onlarınkini yükle</translation>
        </message>
        <message>
            <source>Show the other change; your text goes to the clipboard.</source>
            <translation>Diğer değişikliği gösterir; metniniz panoya kopyalanır.</translation>
        </message>
        <message>
            <source>Until you answer, this text is not saved. Keep mine saves your text over theirs; Reload theirs shows their text and puts yours on the clipboard, to paste what you need.</source>
            <translation>Yanıt verene kadar bu metin kaydedilmez. «Benimki kalsın» metninizi onlarınkinin üzerine kaydeder; «Onlarınkini yükle» onların metnini gösterir ve sizinkini panoya koyar, gerekeni yapıştırabilirsiniz.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>The server cannot be reached, so this could not be done now. What you type is kept on this computer and saved when the server is back.</source>
            <translation>Sunucuya ulaşılamıyor, bu yüzden bu işlem şimdi yapılamadı. Yazdıklarınız bu bilgisayarda tutulur ve sunucu geri geldiğinde kaydedilir.</translation>
        </message>
        <message>
            <source>UNNM Desktop — unexpected error</source>
            <translation>UNNM Desktop — beklenmeyen hata</translation>
        </message>
        <message>
            <source>Something went wrong inside UNNM Desktop. Your minutes are saved: everything typed up to now is in the database. You can keep working.</source>
            <translation>UNNM Desktop içinde bir sorun oluştu. Tutanağınız kaydedildi: şimdiye kadar yazılan her şey veritabanında. Çalışmaya devam edebilirsiniz.</translation>
        </message>
        <message>
            <source>{problem}
A report was written to {path}. Use “Show Details…” to copy it.</source>
            <translation>{problem}
{path} konumuna bir rapor yazıldı. Kopyalamak için “Ayrıntıları Göster…” düğmesini kullanın.</translation>
        </message>
        <message>
            <source>{problem}
Use “Show Details…” to copy it.</source>
            <translation>{problem}
Raporu kopyalamak için “Ayrıntıları Göster…” düğmesini kullanın.</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <source>Date signed</source>
            <translation>İmza tarihi</translation>
        </message>
    </context>
    <context>
        <name>DateEntry</name>
        <message>
            <source>“{text}” is not a date; type it as {example}, or choose it from the calendar (Alt+Down).</source>
            <translation>“{text}” bir tarih değil; {example} biçiminde yazın ya da takvimden seçin (Alt+Aşağı).</translation>
        </message>
        <message>
            <source>There is no month {month}; months go from 1 to 12.</source>
            <translation>{month}. ay yok; aylar 1'den 12'ye kadardır.</translation>
        </message>
        <message>
            <source>The year {year} is out of range; type the year in full, e.g. {example}.</source>
            <translation>{year} yılı geçerli aralığın dışında; yılı tam yazın, ör. {example}.</translation>
        </message>
        <message>
            <source>There is no {day} {month} {year}; {month} has {days} days that year.</source>
            <translation>{day} {month} {year} diye bir tarih yok; o yıl {month} {days} gündür.</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Calendar (Alt+Down)</source>
            <translation>Takvim (Alt+Aşağı)</translation>
        </message>
        <message>
            <source>Choose the date from a calendar (Alt+Down)</source>
            <translation>Tarihi takvimden seçin (Alt+Aşağı)</translation>
        </message>
        <message>
            <source>Due date, e.g. {example}; Alt+Down opens a calendar</source>
            <translation>Son tarih, ör. {example}; Alt+Aşağı takvimi açar</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Takvim</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Tutum</translation>
        </message>
        <message>
            <source>Statement for the record</source>
            <translation>Tutanağa geçecek açıklama</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraf</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Decisions under agenda item: &lt;b&gt;{title}&lt;/b&gt;</source>
            <translation>Gündem maddesinin kararları: &lt;b&gt;{title}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Select an agenda item first.</source>
            <translation>Önce bir gündem maddesi seçin.</translation>
        </message>
        <message>
            <source>New decision</source>
            <translation>Yeni karar</translation>
        </message>
        <message>
            <source>Position of {organisation}</source>
            <translation>{organisation} kuruluşunun tutumu</translation>
        </message>
        <message>
            <source>Suggested by the positions: &lt;b&gt;{outcome}&lt;/b&gt;</source>
            <translation>Tutumlara göre önerilen: &lt;b&gt;{outcome}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>None; choose…</source>
            <translation>Yok; seçin…</translation>
        </message>
        <message>
            <source>The minutes are signed off; reopen them for revision to change them.</source>
            <translation>Tutanak onaylandı; değiştirmek istiyorsanız önce düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>“{outcome}” is not possible: {reason}</source>
            <translation>“{outcome}” seçilemez: {reason}</translation>
        </message>
        <message>
            <source>Joined the consensus: {organisations}</source>
            <translation>Uzlaşıya katıldı: {organisations}</translation>
        </message>
        <message>
            <source>Every organisation present already has a position.</source>
            <translation>Hazır bulunan her kuruluşun zaten bir tutumu var.</translation>
        </message>
        <message>
            <source>Choose the organisation's position first; the statement is kept on screen.</source>
            <translation>Önce kuruluşun tutumunu seçin; açıklama ekranda tutuluyor.</translation>
        </message>
        <message>
            <source>Chair's summary inserted; it follows the positions until you edit it.</source>
            <translation>Başkanın özeti eklendi; siz düzenleyene kadar tutumları izler.</translation>
        </message>
    </context>
    <context>
        <name>DeskCommon</name>
        <message>
            <source>{file} cannot be used: {reason}.</source>
            <translation>{file} kullanılamıyor: {reason}.</translation>
        </message>
        <message>
            <source>The file cannot be used: {reason}.</source>
            <translation>Dosya kullanılamıyor: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>DeskMenu</name>
        <message>
            <source>De&amp;sk</source>
            <translation>&amp;Sekretarya</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Ara…</translation>
        </message>
        <message>
            <source>Decision &amp;register…</source>
            <translation>&amp;Karar sicili…</translation>
        </message>
        <message>
            <source>Action &amp;tracker…</source>
            <translation>&amp;Eylem takibi…</translation>
        </message>
        <message>
            <source>&amp;GCM report…</source>
            <translation>&amp;GCM raporu…</translation>
        </message>
        <message>
            <source>P&amp;hrase bank…</source>
            <translation>Ka&amp;lıp ifadeler…</translation>
        </message>
        <message>
            <source>&amp;Pending confirmations…</source>
            <translation>&amp;Bekleyen teyitler…</translation>
        </message>
        <message>
            <source>&amp;Export meeting package…</source>
            <translation>Toplantı paketini &amp;dışa aktar…</translation>
        </message>
        <message>
            <source>&amp;Import meeting package…</source>
            <translation>Toplantı paketini içe akta&amp;r…</translation>
        </message>
        <message>
            <source>Import people and organisations from &amp;CSV…</source>
            <translation>Kişileri ve kuruluşları &amp;CSV'den içe aktar…</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source>GCM objective {number}: {title}</source>
            <translation>GCM hedefi {number}: {title}</translation>
        </message>
        <message>
            <source>Time zone of the meeting</source>
            <translation>Toplantının saat dilimi</translation>
        </message>
        <message>
            <source>Intervention stamps, sign-off dates and “today” are read in this time zone, whatever the computer's own time zone.</source>
            <translation>Söz alma damgaları, onay tarihleri ve “bugün”, bilgisayarın kendi saat dilimi ne olursa olsun bu saat dilimine göre belirlenir.</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>Saat d&amp;ilimi</translation>
        </message>
        <message>
            <source>{status}, revision {revision}</source>
            <translation>{status}, revizyon {revision}</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— belirtilmedi —</translation>
        </message>
        <message>
            <source>These minutes are signed off and locked; reopen them for revision (Minutes menu) to change them.</source>
            <translation>Bu tutanak onaylandı ve kilitlendi; değiştirmek istiyorsanız önce düzeltme için yeniden açın (Tutanak menüsü).</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <source>— none —</source>
            <translation>— yok —</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Kısaltma</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>İngilizce ad</translation>
        </message>
        <message>
            <source>Turkish name</source>
            <translation>Türkçe ad</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tür</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Adı soyadı</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Unvanı</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Geçerlilik başı</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geçerlilik sonu</translation>
        </message>
        <message>
            <source>People and organisations</source>
            <translation>Kişiler ve kuruluşlar</translation>
        </message>
        <message>
            <source>Organisation kind</source>
            <translation>Kuruluş türü</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Keep {keep}; merge {other} into it.</source>
            <translation>{keep} kalsın; {other} onunla birleştirilsin.</translation>
        </message>
        <message>
            <source>To merge duplicates, select two rows (Ctrl+click): the first is kept.</source>
            <translation>Yinelenen kayıtları birleştirmek için iki satır seçin (Ctrl+tıklama): ilk seçilen kalır.</translation>
        </message>
        <message>
            <source>Added {organisation} at {time}.</source>
            <translation>{organisation} eklendi ({time}).</translation>
        </message>
        <message>
            <source>Select exactly two organisations to merge (Ctrl+click); the first one is kept.</source>
            <translation>Birleştirmek için tam olarak iki kuruluş seçin (Ctrl+tıklama); ilk seçilen kalır.</translation>
        </message>
        <message>
            <source>Merge organisations</source>
            <translation>Kuruluşları birleştir</translation>
        </message>
        <message>
            <source>Keep {keep} and merge {duplicate} into it?

People, attendance, positions and action points of {duplicate} will point to {keep}. {duplicate} stays in the audit trail as merged.</source>
            <translation>{keep} kalsın ve {duplicate} onunla birleştirilsin mi?

{duplicate} kuruluşunun kişileri, katılım kayıtları, tutumları ve eylem maddeleri {keep} kuruluşuna bağlanacak. {duplicate}, denetim kaydında birleştirilmiş olarak kalır.</translation>
        </message>
        <message>
            <source>Merged {duplicate} into {keep} at {time}.</source>
            <translation>{duplicate}, {keep} ile birleştirildi ({time}).</translation>
        </message>
        <message>
            <source>Earlier and other names (select an organisation)</source>
            <translation>Önceki ve diğer adlar (bir kuruluş seçin)</translation>
        </message>
        <message>
            <source>Earlier and other names of {organisation}</source>
            <translation>{organisation} kuruluşunun önceki ve diğer adları</translation>
        </message>
        <message>
            <source>Select the organisation the earlier name belongs to first.</source>
            <translation>Önce önceki adın ait olduğu kuruluşu seçin.</translation>
        </message>
        <message>
            <source>“{text}” is not a date for “valid from”; write it as YYYY-MM-DD, e.g. 2019-07-01.</source>
            <translation>“{text}”, “geçerlilik başı” için bir tarih değil; YYYY-AA-GG biçiminde yazın, ör. 2019-07-01.</translation>
        </message>
        <message>
            <source>“{text}” is not a date for “valid until”; write it as YYYY-MM-DD, e.g. 2019-07-01.</source>
            <translation>“{text}”, “geçerlilik sonu” için bir tarih değil; YYYY-AA-GG biçiminde yazın, ör. 2019-07-01.</translation>
        </message>
        <message>
            <source>Added {acronym} as an earlier name of {organisation} at {time}.</source>
            <translation>{acronym}, {organisation} kuruluşunun önceki adı olarak eklendi ({time}).</translation>
        </message>
        <message>
            <source>Select the earlier name to remove in the names table first.</source>
            <translation>Önce kaldırılacak önceki adı adlar tablosunda seçin.</translation>
        </message>
        <message>
            <source>Removed the earlier name {acronym} of {organisation} at {time}.</source>
            <translation>{organisation} kuruluşunun önceki adı {acronym} kaldırıldı ({time}).</translation>
        </message>
        <message>
            <source>Added {person} at {time}.</source>
            <translation>{person} eklendi ({time}).</translation>
        </message>
        <message>
            <source>Select exactly two people to merge (Ctrl+click); the first one is kept.</source>
            <translation>Birleştirmek için tam olarak iki kişi seçin (Ctrl+tıklama); ilk seçilen kalır.</translation>
        </message>
        <message>
            <source>Merge people</source>
            <translation>Kişileri birleştir</translation>
        </message>
        <message>
            <source>Keep {keep} and merge {duplicate} into it?

Attendance, chair and rapporteur roles, presentations and action points of {duplicate} will point to {keep}.</source>
            <translation>{keep} kalsın ve {duplicate} onunla birleştirilsin mi?

{duplicate} kişisinin katılım kayıtları, başkanlık ve raportörlük görevleri, sunumları ve eylem maddeleri {keep} kişisine bağlanacak.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryForm</name>
        <message>
            <source>People and organisations</source>
            <translation>Kişiler ve kuruluşlar</translation>
        </message>
        <message>
            <source>Directory sections</source>
            <translation>Rehber bölümleri</translation>
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation>K&amp;uruluşlar</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Ara:</translation>
        </message>
        <message>
            <source>Search organisations</source>
            <translation>Kuruluşlarda ara</translation>
        </message>
        <message>
            <source>Filters by acronym, English or Turkish name, or an earlier name; Turkish letters may be typed with or without accents.</source>
            <translation>Kısaltmaya, İngilizce ya da Türkçe ada veya önceki bir ada göre süzer; Türkçe harfler işaretli ya da işaretsiz yazılabilir.</translation>
        </message>
        <message>
            <source>Acronym, English or Turkish name, or an earlier name (Ctrl+F). “goc” finds “Göç”.</source>
            <translation>Kısaltma, İngilizce ya da Türkçe ad veya önceki bir ad (Ctrl+F). “goc” yazınca “Göç” de bulunur.</translation>
        </message>
        <message>
            <source>Acronym, English or Turkish name, earlier name…</source>
            <translation>Kısaltma, İngilizce ya da Türkçe ad, önceki ad…</translation>
        </message>
        <message>
            <source>To merge duplicates, select two rows (Ctrl+click): the first one selected is kept.</source>
            <translation>Yinelenen kayıtları birleştirmek için iki satır seçin (Ctrl+tıklama): ilk seçilen kalır.</translation>
        </message>
        <message>
            <source>Merge hint</source>
            <translation>Birleştirme ipucu</translation>
        </message>
        <message>
            <source>&amp;Merge selected…</source>
            <translation>Seçilenleri &amp;birleştir…</translation>
        </message>
        <message>
            <source>Merge the second selected organisation into the first one (Alt+M)</source>
            <translation>İkinci seçilen kuruluşu ilk seçilenle birleştir (Alt+B)</translation>
        </message>
        <message>
            <source>Merge selected organisations</source>
            <translation>Seçilen kuruluşları birleştir</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Kuruluşlar</translation>
        </message>
        <message>
            <source>Press F2 or start typing to edit a cell; changes are saved at once.</source>
            <translation>Bir hücreyi düzenlemek için F2'ye basın ya da yazmaya başlayın; değişiklikler hemen kaydedilir.</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Yeni kuruluş</translation>
        </message>
        <message>
            <source>A&amp;cronym:</source>
            <translation>Kı&amp;saltma:</translation>
        </message>
        <message>
            <source>New organisation acronym</source>
            <translation>Yeni kuruluşun kısaltması</translation>
        </message>
        <message>
            <source>e.g. PMM</source>
            <translation>ör. PMM</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tür:</translation>
        </message>
        <message>
            <source>New organisation kind</source>
            <translation>Yeni kuruluşun türü</translation>
        </message>
        <message>
            <source>&amp;English name:</source>
            <translation>İngili&amp;zce ad:</translation>
        </message>
        <message>
            <source>New organisation English name</source>
            <translation>Yeni kuruluşun İngilizce adı</translation>
        </message>
        <message>
            <source>&amp;Turkish name:</source>
            <translation>Tü&amp;rkçe ad:</translation>
        </message>
        <message>
            <source>New organisation Turkish name</source>
            <translation>Yeni kuruluşun Türkçe adı</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>isteğe bağlı</translation>
        </message>
        <message>
            <source>&amp;Add organisation</source>
            <translation>Kuruluş &amp;ekle</translation>
        </message>
        <message>
            <source>Add the new organisation (Alt+A, or Enter in one of its fields)</source>
            <translation>Yeni kuruluşu ekle (Alt+E ya da alanlarından birinde Enter)</translation>
        </message>
        <message>
            <source>Add organisation</source>
            <translation>Kuruluş ekle</translation>
        </message>
        <message>
            <source>Earlier and other names</source>
            <translation>Önceki ve diğer adlar</translation>
        </message>
        <message>
            <source>Earlier and other names of the selected organisation</source>
            <translation>Seçilen kuruluşun önceki ve diğer adları</translation>
        </message>
        <message>
            <source>Acron&amp;ym:</source>
            <translation>Kısalt&amp;ma:</translation>
        </message>
        <message>
            <source>Alias acronym</source>
            <translation>Önceki adın kısaltması</translation>
        </message>
        <message>
            <source>e.g. DGMM</source>
            <translation>ör. DGMM</translation>
        </message>
        <message>
            <source>&amp;Valid from:</source>
            <translation>&amp;Geçerlilik başı:</translation>
        </message>
        <message>
            <source>Alias valid from, as YYYY-MM-DD</source>
            <translation>Önceki adın geçerlilik başı, YYYY-AA-GG biçiminde</translation>
        </message>
        <message>
            <source>First day the name was used, as YYYY-MM-DD; empty if not known</source>
            <translation>Adın kullanıldığı ilk gün, YYYY-AA-GG biçiminde; bilinmiyorsa boş bırakın</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-AA-GG</translation>
        </message>
        <message>
            <source>u&amp;ntil:</source>
            <translation>s&amp;onu:</translation>
        </message>
        <message>
            <source>Alias valid until, as YYYY-MM-DD</source>
            <translation>Önceki adın geçerlilik sonu, YYYY-AA-GG biçiminde</translation>
        </message>
        <message>
            <source>Last day the name was used, as YYYY-MM-DD; empty if still in use</source>
            <translation>Adın kullanıldığı son gün, YYYY-AA-GG biçiminde; hâlâ kullanılıyorsa boş bırakın</translation>
        </message>
        <message>
            <source>Engl&amp;ish name:</source>
            <translation>İngiliz&amp;ce ad:</translation>
        </message>
        <message>
            <source>Alias English name</source>
            <translation>Önceki İngilizce ad</translation>
        </message>
        <message>
            <source>T&amp;urkish name:</source>
            <translation>Türkçe a&amp;d:</translation>
        </message>
        <message>
            <source>Alias Turkish name</source>
            <translation>Önceki Türkçe ad</translation>
        </message>
        <message>
            <source>&amp;Remove name</source>
            <translation>Adı ka&amp;ldır</translation>
        </message>
        <message>
            <source>Remove the selected earlier name (Alt+R)</source>
            <translation>Seçilen önceki adı kaldır (Alt+L)</translation>
        </message>
        <message>
            <source>Remove selected alias</source>
            <translation>Seçilen önceki adı kaldır</translation>
        </message>
        <message>
            <source>A&amp;dd name</source>
            <translation>&amp;Yeni ad ekle</translation>
        </message>
        <message>
            <source>Add the earlier name with its dates (Alt+D, or Enter in one of its fields)</source>
            <translation>Önceki adı tarihleriyle birlikte ekle (Alt+Y ya da alanlarından birinde Enter)</translation>
        </message>
        <message>
            <source>Add alias</source>
            <translation>Önceki adı ekle</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Kişiler</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Kişilerde ara</translation>
        </message>
        <message>
            <source>Filters by name, title, e-mail or organisation; Turkish letters may be typed with or without accents.</source>
            <translation>Ada, unvana, e-postaya ya da kuruluşa göre süzer; Türkçe harfler işaretli ya da işaretsiz yazılabilir.</translation>
        </message>
        <message>
            <source>Name, title, e-mail, organisation acronym or name (Ctrl+F). “isik” finds “Işık”.</source>
            <translation>Ad, unvan, e-posta, kuruluş kısaltması ya da adı (Ctrl+F). “isik” yazınca “Işık” da bulunur.</translation>
        </message>
        <message>
            <source>Name, organisation acronym or name…</source>
            <translation>Ad, kuruluş kısaltması ya da adı…</translation>
        </message>
        <message>
            <source>Merge the second selected person into the first one (Alt+M)</source>
            <translation>İkinci seçilen kişiyi ilk seçilenle birleştir (Alt+B)</translation>
        </message>
        <message>
            <source>Merge selected people</source>
            <translation>Seçilen kişileri birleştir</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kişiler</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Yeni kişi</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>A&amp;dı soyadı:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Unva&amp;nı:</translation>
        </message>
        <message>
            <source>Or&amp;ganisation:</source>
            <translation>Ku&amp;ruluşu:</translation>
        </message>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>E-&amp;posta (isteğe bağlı):</translation>
        </message>
        <message>
            <source>New person full name</source>
            <translation>Yeni kişinin adı soyadı</translation>
        </message>
        <message>
            <source>New person title</source>
            <translation>Yeni kişinin unvanı</translation>
        </message>
        <message>
            <source>e.g. Programme Officer</source>
            <translation>ör. Program Sorumlusu</translation>
        </message>
        <message>
            <source>New person organisation</source>
            <translation>Yeni kişinin kuruluşu</translation>
        </message>
        <message>
            <source>New person e-mail</source>
            <translation>Yeni kişinin e-postası</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>Kişi &amp;ekle</translation>
        </message>
        <message>
            <source>Add the new person (Alt+A, or Enter in one of the fields)</source>
            <translation>Yeni kişiyi ekle (Alt+E ya da alanlardan birinde Enter)</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Kişi ekle</translation>
        </message>
        <message>
            <source>Directory message</source>
            <translation>Rehber iletisi</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>İletişim kutusu düğmeleri</translation>
        </message>
    </context>
    <context>
        <name>DirectoryImportDialog</name>
        <message>
            <source>Import people and organisations from CSV</source>
            <translation>Kişileri ve kuruluşları CSV dosyasından içe aktar</translation>
        </message>
        <message>
            <source>The file, its encoding and separator</source>
            <translation>Dosya, kodlaması ve ayırıcısı</translation>
        </message>
        <message>
            <source>Which column holds each field</source>
            <translation>Hangi alan hangi sütunda</translation>
        </message>
        <message>
            <source>First &amp;rows of the file:</source>
            <translation>Dosyanın i&amp;lk satırları:</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>Dosyanın ilk satırları</translation>
        </message>
        <message>
            <source>&amp;What the import will do, row by row (duplicates are skipped):</source>
            <translation>&amp;Her satırda ne yapılacak (yinelenenler atlanır):</translation>
        </message>
        <message>
            <source>What the import does with each row</source>
            <translation>İçe aktarmanın her satırla yaptığı</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Satır</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ne olacak</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Neden</translation>
        </message>
        <message>
            <source>Summary of the import</source>
            <translation>İçe aktarmanın özeti</translation>
        </message>
        <message>
            <source>Problem with the file or the columns</source>
            <translation>Dosyadaki ya da sütunlardaki sorun</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Adı &amp;soyadı:</translation>
        </message>
        <message>
            <source>First &amp;name:</source>
            <translation>A&amp;dı:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>So&amp;yadı:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Unvanı:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-&amp;posta:</translation>
        </message>
        <message>
            <source>&amp;Organisation (acronym):</source>
            <translation>&amp;Kuruluş (kısaltma):</translation>
        </message>
        <message>
            <source>Organisation na&amp;me:</source>
            <translation>Ku&amp;ruluş adı:</translation>
        </message>
        <message>
            <source>Organisation t&amp;ype:</source>
            <translation>Kuruluş &amp;türü:</translation>
        </message>
        <message>
            <source>Column for full name</source>
            <translation>Adı soyadı sütunu</translation>
        </message>
        <message>
            <source>Column for first name</source>
            <translation>Adı sütunu</translation>
        </message>
        <message>
            <source>Column for last name</source>
            <translation>Soyadı sütunu</translation>
        </message>
        <message>
            <source>Column for title</source>
            <translation>Unvan sütunu</translation>
        </message>
        <message>
            <source>Column for e-mail</source>
            <translation>E-posta sütunu</translation>
        </message>
        <message>
            <source>Column for organisation (acronym)</source>
            <translation>Kuruluş (kısaltma) sütunu</translation>
        </message>
        <message>
            <source>Column for organisation name</source>
            <translation>Kuruluş adı sütunu</translation>
        </message>
        <message>
            <source>Column for organisation type</source>
            <translation>Kuruluş türü sütunu</translation>
        </message>
        <message>
            <source>UTF-8 with a byte-order mark</source>
            <translation>UTF-8 (bayt sırası işaretli)</translation>
        </message>
        <message>
            <source>Windows-1254 (Turkish)</source>
            <translation>Windows-1254 (Türkçe)</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Kişi eklenecek</translation>
        </message>
        <message>
            <source>Add organisation</source>
            <translation>Kuruluş eklenecek</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Atlanacak</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Hata</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgül</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>noktalı virgül</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>sekme</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>dikey çizgi</translation>
        </message>
        <message>
            <source>Import people and organisations</source>
            <translation>Kişileri ve kuruluşları içe aktar</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV dosyaları (*.csv *.txt);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} okunamıyor: {reason}.</translation>
        </message>
        <message>
            <source>Imported {people} people and {organisations} organisations; skipped {skipped} rows, {errors} with errors.</source>
            <translation>{people} kişi ve {organisations} kuruluş içe aktarıldı; {skipped} satır atlandı, {errors} satırda hata vardı.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>İçe &amp;aktar</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; — encoding detected: {encoding}; columns separated by {separator}; {count} columns.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — algılanan kodlama: {encoding}; sütun ayırıcı: {separator}; {count} sütun.</translation>
        </message>
        <message>
            <source>(no header)</source>
            <translation>(başlık yok)</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(dosyada yok)</translation>
        </message>
        <message>
            <source>{acronym} (new)</source>
            <translation>{acronym} (yeni)</translation>
        </message>
        <message>
            <source>Duplicate: {reason}</source>
            <translation>Yinelenen: {reason}</translation>
        </message>
        <message>
            <source>{people} people and {organisations} new organisations to add; {duplicates} duplicates and {skipped} other rows skipped; {errors} rows with errors (not imported).</source>
            <translation>Eklenecek: {people} kişi ve {organisations} yeni kuruluş; atlanacak: {duplicates} yinelenen ve {skipped} başka satır; {errors} satırda hata var (içe aktarılmayacak).</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>“{value}” is not a time zone; choose one such as Europe/Istanbul.</source>
            <translation>“{value}” bir saat dilimi değil; Europe/Istanbul gibi bir saat dilimi seçin.</translation>
        </message>
        <message>
            <source>“{value}” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2023-11-02 10:00.</source>
            <translation>“{value}” bir tarih ve saat değil; YYYY-AA-GG SS:DD biçiminde yazın, örneğin 2023-11-02 10:00.</translation>
        </message>
        <message>
            <source>It cannot be adopted while an organisation objects.</source>
            <translation>Bir kuruluş itiraz ederken karar kabul edilemez.</translation>
        </message>
        <message>
            <source>It cannot be adopted while a position is still ad referendum (awaiting confirmation).</source>
            <translation>Bir tutum hâlâ ad referendum durumundayken (teyit beklenirken) karar kabul edilemez.</translation>
        </message>
        <message>
            <source>With a reservation or a stand-aside on record the outcome is “adopted with reservations”.</source>
            <translation>Kayıtlı bir çekince ya da çekimser tutum varken sonuç “Uzlaşı ile kabul edildi; çekinceler kayda geçirildi” olmalıdır.</translation>
        </message>
        <message>
            <source>“Adopted with reservations” needs at least one reservation or stand-aside on record.</source>
            <translation>“Uzlaşı ile kabul edildi; çekinceler kayda geçirildi” sonucu için en az bir çekincenin ya da çekimser tutumun kayıtlı olması gerekir.</translation>
        </message>
        <message>
            <source>“Not adopted” needs an objection on record or a note from the chair explaining why.</source>
            <translation>“Kabul edilmedi” sonucu için kayıtlı bir itiraz ya da nedenini açıklayan bir başkan notu gerekir.</translation>
        </message>
        <message>
            <source>A silence procedure needs a deadline.</source>
            <translation>Sessiz onay usulü için bir son tarih gerekir.</translation>
        </message>
        <message>
            <source>An objection breaks the silence procedure: the decision goes back to “proposed”.</source>
            <translation>Bir itiraz sessiz onay usulünü bozar: karar “Önerildi” durumuna döner.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid outcome; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir sonuç değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid position; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir tutum değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid decision method; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir karar yöntemi değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid role; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir rol değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid attendance status; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir katılım durumu değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid standing item; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir sabit gündem maddesi değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid agenda item status; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir gündem maddesi durumu değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid action status; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir eylem durumu değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid modality; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir toplantı biçimi değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid organisation kind; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir kuruluş türü değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid {what}; use one of: {allowed}.</source>
            <translation>“{value}” geçerli bir değer değil ({what}); şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>“{name}” must end in .docx (Word) or .pdf; the format follows the extension.</source>
            <translation>“{name}” .docx (Word) ya da .pdf ile bitmelidir; biçim dosya uzantısına göre belirlenir.</translation>
        </message>
        <message>
            <source>“{value}” is not a language the minutes can be written in; use en or tr.</source>
            <translation>“{value}” tutanağın yazılabileceği bir dil değil; en ya da tr kullanın.</translation>
        </message>
        <message>
            <source>The template {path} cannot be used ({reason}); choose a .docx file made in Word.</source>
            <translation>{path} şablonu kullanılamıyor ({reason}); Word'de hazırlanmış bir .docx dosyası seçin.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place for {name}.</source>
            <translation>{folder} klasörü yok; {name} için başka bir yer seçin.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name ending in {suffix}.</source>
            <translation>{path} bir klasör; {suffix} ile biten bir dosya adı verin.</translation>
        </message>
        <message>
            <source>Nothing can be written in {folder} (permission denied); choose another folder for {name}.</source>
            <translation>{folder} klasörüne yazılamıyor (izin verilmedi); {name} için başka bir klasör seçin.</translation>
        </message>
        <message>
            <source>Nothing can be written in {folder} ({reason}); choose another folder.</source>
            <translation>{folder} klasörüne yazılamıyor ({reason}); başka bir klasör seçin.</translation>
        </message>
        <message>
            <source>{name} cannot be replaced: it is open in another program (such as Word) or write-protected. Close it there and export again, or save under another name, e.g. “{suggestion}”.</source>
            <translation>{name} değiştirilemiyor: başka bir programda (örneğin Word'de) açık ya da yazmaya karşı korumalı. Dosyayı orada kapatıp yeniden dışa aktarın ya da başka bir adla kaydedin, örneğin “{suggestion}”.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}); nothing was changed.</source>
            <translation>{path} yazılamadı ({reason}); hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The PDF file could not be opened for writing.</source>
            <translation>PDF dosyası yazmak için açılamadı.</translation>
        </message>
        <message>
            <source>No organisation has the acronym “{acronym}”; add it under People &amp; organisations.</source>
            <translation>“{acronym}” kısaltmasına sahip bir kuruluş yok; kuruluşu Dosya → Kişiler ve kuruluşlar bölümünden ekleyin.</translation>
        </message>
        <message>
            <source>Signatory {number} has no name; type one or remove the row.</source>
            <translation>{number}. imzacının adı yok; bir ad yazın ya da satırı kaldırın.</translation>
        </message>
        <message>
            <source>The meeting was not found (id {record_id}); it may have been deleted.</source>
            <translation>Toplantı bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The previous meeting was not found (id {record_id}); it may have been deleted.</source>
            <translation>Önceki toplantı bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The decision was not found (id {record_id}); it may have been deleted.</source>
            <translation>Karar bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The agenda item was not found (id {record_id}); it may have been deleted.</source>
            <translation>Gündem maddesi bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The action point was not found (id {record_id}); it may have been deleted.</source>
            <translation>Eylem maddesi bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The organisation was not found (id {record_id}); it may have been deleted.</source>
            <translation>Kuruluş bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The person was not found (id {record_id}); it may have been deleted.</source>
            <translation>Kişi bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The attendance entry was not found (id {record_id}); it may have been deleted.</source>
            <translation>Katılım kaydı bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The alias was not found (id {record_id}); it may have been deleted.</source>
            <translation>Önceki ad bulunamadı (kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The {what} was not found (id {record_id}); it may have been deleted.</source>
            <translation>Kayıt bulunamadı ({what}, kimlik {record_id}); silinmiş olabilir.</translation>
        </message>
        <message>
            <source>The title cannot be empty.</source>
            <translation>Başlık boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The reference cannot be empty.</source>
            <translation>Sayı boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The agenda item title cannot be empty.</source>
            <translation>Gündem maddesinin başlığı boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The action text cannot be empty.</source>
            <translation>Eylem metni boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The signatory's name cannot be empty.</source>
            <translation>İmzacının adı boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The reason for the revision cannot be empty.</source>
            <translation>Revizyonun gerekçesi boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The acronym cannot be empty.</source>
            <translation>Kısaltma boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The English name cannot be empty.</source>
            <translation>İngilizce ad boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The name cannot be empty.</source>
            <translation>Ad boş bırakılamaz.</translation>
        </message>
        <message>
            <source>The {what} cannot be empty.</source>
            <translation>Bu alan boş bırakılamaz ({what}).</translation>
        </message>
        <message>
            <source>The minutes of “{title}” are signed off and cannot be changed. Reopen them for revision first.</source>
            <translation>“{title}” toplantısının tutanağı onaylandı ve değiştirilemez. Önce tutanağı düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>“{name}” cannot be changed here.</source>
            <translation>“{name}” burada değiştirilemez.</translation>
        </message>
        <message>
            <source>That text is {length} characters long; at most {limit} fit here.</source>
            <translation>Bu metin {length} karakter uzunluğunda; buraya en fazla {limit} karakter sığar.</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2023-11-02.</source>
            <translation>“{value}” bir tarih değil; YYYY-AA-GG biçiminde yazın, örneğin 2023-11-02.</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>“{value}” bir tam sayı değil.</translation>
        </message>
        <message>
            <source>“{value}” is not a time; write it as HH:MM, e.g. 10:42.</source>
            <translation>“{value}” bir saat değil; SS:DD biçiminde yazın, örneğin 10:42.</translation>
        </message>
        <message>
            <source>GCM objectives are numbered 1 to 23; {number} is not one of them.</source>
            <translation>GCM hedefleri 1'den 23'e kadar numaralıdır; {number} bunlardan biri değil.</translation>
        </message>
        <message>
            <source>An action point can only follow from a decision of the same meeting.</source>
            <translation>Bir eylem maddesi yalnızca aynı toplantının bir kararından doğabilir.</translation>
        </message>
        <message>
            <source>Follow-up is recorded at a later meeting than the one that set the action.</source>
            <translation>Gelişme, eylemi belirleyen toplantıdan daha sonraki bir toplantıda kaydedilmelidir.</translation>
        </message>
        <message>
            <source>The timer of “{title}” is not running.</source>
            <translation>“{title}” maddesinin zamanlayıcısı çalışmıyor.</translation>
        </message>
        <message>
            <source>Choose a person or an organisation to add to the attendance.</source>
            <translation>Katılıma eklemek için bir kişi ya da kuruluş seçin.</translation>
        </message>
        <message>
            <source>{name} is already on the attendance list.</source>
            <translation>{name} zaten katılım listesinde.</translation>
        </message>
        <message>
            <source>The decision is recorded as adopted, and this position contradicts it: {problem} Change the outcome first (for example back to proposed).</source>
            <translation>Karar “Uzlaşı ile kabul edildi” olarak kayıtlı ve bu tutum bununla çelişiyor: {problem} Önce sonucu değiştirin (örneğin yeniden “Önerildi” yapın).</translation>
        </message>
        <message>
            <source>The decision is recorded as adopted with reservations, and this position contradicts it: {problem} Change the outcome first (for example back to proposed).</source>
            <translation>Karar “Uzlaşı ile kabul edildi; çekinceler kayda geçirildi” olarak kayıtlı ve bu tutum bununla çelişiyor: {problem} Önce sonucu değiştirin (örneğin yeniden “Önerildi” yapın).</translation>
        </message>
        <message>
            <source>The decision is recorded as not adopted, and this position contradicts it: {problem} Change the outcome first (for example back to proposed).</source>
            <translation>Karar “Kabul edilmedi; uzlaşı sağlanamadı” olarak kayıtlı ve bu tutum bununla çelişiyor: {problem} Önce sonucu değiştirin (örneğin yeniden “Önerildi” yapın).</translation>
        </message>
        <message>
            <source>The decision is recorded as under silence, and this position contradicts it: {problem} Change the outcome first (for example back to proposed).</source>
            <translation>Karar “Sessiz onay usulünde” olarak kayıtlı ve bu tutum bununla çelişiyor: {problem} Önce sonucu değiştirin (örneğin yeniden “Önerildi” yapın).</translation>
        </message>
        <message>
            <source>The decision is recorded as {outcome}, and this position contradicts it: {problem} Change the outcome first (for example back to proposed).</source>
            <translation>Karar “{outcome}” olarak kayıtlı ve bu tutum bununla çelişiyor: {problem} Önce sonucu değiştirin (örneğin yeniden “Önerildi” yapın).</translation>
        </message>
        <message>
            <source>That agenda item belongs to another meeting.</source>
            <translation>Bu gündem maddesi başka bir toplantıya ait.</translation>
        </message>
        <message>
            <source>{acronym} is not recorded as present or remote at this meeting, so it cannot hold a position; update the attendance first.</source>
            <translation>{acronym}, bu toplantıya yüz yüze ya da çevrim içi katılmış olarak kayıtlı değil, bu nedenle tutum bildiremez; önce katılımı güncelleyin.</translation>
        </message>
        <message>
            <source>Without this position the outcome no longer holds: {problem}</source>
            <translation>Bu tutum olmadan sonuç artık geçerli değil: {problem}</translation>
        </message>
        <message>
            <source>The period ends ({date_to}) before it starts ({date_from}); check the two dates.</source>
            <translation>Dönemin bitişi ({date_to}) başlangıcından ({date_from}) önce; iki tarihi denetleyin.</translation>
        </message>
        <message>
            <source>The completion date “{value}” is not a date; write it as YYYY-MM-DD, e.g. 2023-11-02.</source>
            <translation>Tamamlanma tarihi “{value}” bir tarih değil; YYYY-AA-GG biçiminde yazın, örneğin 2023-11-02.</translation>
        </message>
        <message>
            <source>The {what} “{value}” is not a date; write it as YYYY-MM-DD, e.g. 2023-11-02.</source>
            <translation>“{value}” bir tarih değil ({what}); YYYY-AA-GG biçiminde yazın, örneğin 2023-11-02.</translation>
        </message>
        <message>
            <source>An organisation with the acronym {acronym} already exists.</source>
            <translation>{acronym} kısaltmasına sahip bir kuruluş zaten var.</translation>
        </message>
        <message>
            <source>An alias cannot end before it starts; check the two dates.</source>
            <translation>Önceki bir adın geçerliliği, başlamadan önce bitemez; iki tarihi denetleyin.</translation>
        </message>
        <message>
            <source>An organisation cannot be merged into itself.</source>
            <translation>Bir kuruluş kendisiyle birleştirilemez.</translation>
        </message>
        <message>
            <source>That would change the signed-off minutes of “{title}”; merge is not possible.</source>
            <translation>Bu işlem “{title}” toplantısının onaylanmış tutanağını değiştirir; birleştirme yapılamaz.</translation>
        </message>
        <message>
            <source>A person cannot be merged into themselves.</source>
            <translation>Bir kişi kendisiyle birleştirilemez.</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor Windows-1254 (Turkish) text (byte {byte}); save it from Excel as “CSV UTF-8”.</source>
            <translation>Dosya ne UTF-8 ne de Windows-1254 (Türkçe) metin ({byte}. bayt); dosyayı Excel'den “CSV UTF-8” olarak kaydedin.</translation>
        </message>
        <message>
            <source>The file is {size} MB; a directory file of at most 5 MB is read.</source>
            <translation>Dosya {size} MB; en fazla 5 MB'lık bir rehber dosyası okunabilir.</translation>
        </message>
        <message>
            <source>The file is not readable as CSV: {reason}.</source>
            <translation>Dosya CSV olarak okunamıyor: {reason}.</translation>
        </message>
        <message>
            <source>The file is empty; the first line should name the columns (name, e-mail, organisation…).</source>
            <translation>Dosya boş; ilk satırda sütunların adları olmalıdır (ad, e-posta, kuruluş…).</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} okunamıyor: {reason}.</translation>
        </message>
        <message>
            <source>“{field}” is not a directory field; use one of: {allowed}.</source>
            <translation>“{field}” bir rehber alanı değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>The file has {count} columns; a column number in the mapping is outside them.</source>
            <translation>Dosyada {count} sütun var; eşleştirmedeki bir sütun numarası bunların dışında.</translation>
        </message>
        <message>
            <source>No column holds names or organisations; name the columns (e.g. “Name”, “Organisation”, “E-mail”) or give the mapping.</source>
            <translation>Hiçbir sütunda ad ya da kuruluş yok; sütunlara ad verin (örneğin “Ad”, “Kuruluş”, “E-posta”) ya da eşleştirmeyi belirtin.</translation>
        </message>
        <message>
            <source>same name as {other}</source>
            <translation>{other} ile aynı ad</translation>
        </message>
        <message>
            <source>same e-mail as {other}</source>
            <translation>{other} ile aynı e-posta</translation>
        </message>
        <message>
            <source>already in the directory</source>
            <translation>zaten rehberde</translation>
        </message>
        <message>
            <source>empty row</source>
            <translation>boş satır</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address.</source>
            <translation>“{email}” bir e-posta adresi değil.</translation>
        </message>
        <message>
            <source>The acronym {acronym} made from the name is taken; add an acronym column.</source>
            <translation>Addan türetilen {acronym} kısaltması zaten kullanılıyor; bir kısaltma sütunu ekleyin.</translation>
        </message>
        <message>
            <source>organisation already earlier in the file</source>
            <translation>kuruluş dosyada daha önce geçiyor</translation>
        </message>
        <message>
            <source>{name} (line {line})</source>
            <translation>{name} ({line}. satır)</translation>
        </message>
        <message>
            <source>The name is longer than 300 characters.</source>
            <translation>Ad 300 karakterden uzun.</translation>
        </message>
        <message>
            <source>{count} rows point to records that do not exist (first in table {table}).</source>
            <translation>{count} satır, var olmayan kayıtlara başvuruyor (ilki {table} tablosunda).</translation>
        </message>
        <message>
            <source>The audit log is broken: {problem}.</source>
            <translation>Denetim kaydı bozuk: {problem}.</translation>
        </message>
        <message>
            <source>The signed-off minutes {reference} no longer match their fingerprint: the stored signed-off text was changed outside UNNM Desktop.</source>
            <translation>{reference} numaralı onaylanmış tutanak artık parmak iziyle eşleşmiyor: saklanan onaylı metin UNNM Desktop dışında değiştirilmiş.</translation>
        </message>
        <message>
            <source>The signed-off minutes {reference} no longer match their fingerprint: the database was changed outside UNNM Desktop.</source>
            <translation>{reference} numaralı onaylanmış tutanak artık parmak iziyle eşleşmiyor: veritabanı UNNM Desktop dışında değiştirilmiş.</translation>
        </message>
        <message>
            <source>The meeting cannot end before it starts; check the end time.</source>
            <translation>Toplantı, başlamadan önce bitemez; bitiş saatini denetleyin.</translation>
        </message>
        <message>
            <source>Another meeting already has the reference {reference}; choose another.</source>
            <translation>{reference} sayısı başka bir toplantıda zaten kullanılıyor; başka bir sayı seçin.</translation>
        </message>
        <message>
            <source>“{ref}” matches {count} meetings; give more of the id.</source>
            <translation>“{ref}” {count} toplantıyla eşleşiyor; kimliğin daha uzun bir bölümünü yazın.</translation>
        </message>
        <message>
            <source>No meeting has the id or reference “{ref}”; `unnm-desktop list` shows them.</source>
            <translation>Kimliği ya da sayısı “{ref}” olan bir toplantı yok; `unnm-desktop list` komutu toplantıları listeler.</translation>
        </message>
        <message>
            <source>The database is open read-only; importing a package needs to write to it.</source>
            <translation>Veritabanı salt okunur açık; paketi içe aktarmak için veritabanına yazılması gerekir.</translation>
        </message>
        <message>
            <source>it does not fit this database ({reason}); nothing was changed.</source>
            <translation>paket bu veritabanına uymuyor ({reason}); hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>“{choice}” is not a choice for conflicts; use keep or replace.</source>
            <translation>“{choice}” çakışmalar için geçerli bir seçenek değil; keep ya da replace kullanın.</translation>
        </message>
        <message>
            <source>the meeting could not be stored exactly as it is in the package (an internal check failed); nothing was changed. Please report this with the package file.</source>
            <translation>toplantı, paketteki hâliyle birebir saklanamadı (bir iç denetim başarısız oldu); hiçbir şey değiştirilmedi. Lütfen bu durumu paket dosyasıyla birlikte bildirin.</translation>
        </message>
        <message>
            <source>the meeting's records in the package differ from the signed-off content, so the package was altered after sign-off.</source>
            <translation>paketteki toplantı kayıtları onaylanmış içerikten farklı, yani paket onaydan sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>{reference} is only a placeholder here (an earlier meeting that an imported package referred to); export it from the database where it was written.</source>
            <translation>{reference} burada yalnızca bir yer tutucu (içe aktarılan bir paketin başvurduğu önceki bir toplantı); onu yazıldığı veritabanından dışa aktarın.</translation>
        </message>
        <message>
            <source>The package would be {size} MB, above the {limit} MB a package may hold.</source>
            <translation>Paket {size} MB olurdu; bir paket en fazla {limit} MB olabilir.</translation>
        </message>
        <message>
            <source>this database already had that version and has changed it since</source>
            <translation>bu veritabanında o sürüm zaten vardı ve o zamandan beri değiştirildi</translation>
        </message>
        <message>
            <source>changed both here and in the package since they last matched</source>
            <translation>son eşleştiklerinden beri hem burada hem pakette değiştirildi</translation>
        </message>
        <message>
            <source>this database's signed-off version was kept in the review</source>
            <translation>incelemede bu veritabanının onaylanmış sürümü korundu</translation>
        </message>
        <message>
            <source>signed off here, and an import never changes signed-off minutes (reopen them first)</source>
            <translation>burada onaylandı ve içe aktarma onaylanmış tutanağı asla değiştirmez (önce tutanağı yeniden açın)</translation>
        </message>
        <message>
            <source>the decision {id} belongs to another meeting in this database.</source>
            <translation>{id} kimlikli karar bu veritabanında başka bir toplantıya ait.</translation>
        </message>
        <message>
            <source>the action point {id} belongs to another meeting in this database.</source>
            <translation>{id} kimlikli eylem maddesi bu veritabanında başka bir toplantıya ait.</translation>
        </message>
        <message>
            <source>this database's copy of meeting {reference} does not have this decision, which the package's meeting refers to; import the package of {reference} first.</source>
            <translation>bu veritabanındaki {reference} toplantısında, paketteki toplantının başvurduğu bu karar yok; önce {reference} paketini içe aktarın.</translation>
        </message>
        <message>
            <source>this database's copy of meeting {reference} does not have this action point, which the package's meeting refers to; import the package of {reference} first.</source>
            <translation>bu veritabanındaki {reference} toplantısında, paketteki toplantının başvurduğu bu eylem maddesi yok; önce {reference} paketini içe aktarın.</translation>
        </message>
        <message>
            <source>another meeting in this database already has the reference {reference}; change the reference on one side (Details), then import again.</source>
            <translation>bu veritabanında başka bir toplantı zaten {reference} sayısını kullanıyor; sayıyı iki taraftan birinde değiştirin (Ayrıntılar), sonra yeniden içe aktarın.</translation>
        </message>
        <message>
            <source>another decision in this database already has the reference {reference}; change the reference on one side (Details), then import again.</source>
            <translation>bu veritabanında başka bir karar zaten {reference} sayısını kullanıyor; sayıyı iki taraftan birinde değiştirin (Ayrıntılar), sonra yeniden içe aktarın.</translation>
        </message>
        <message>
            <source>The package's {acronym} is a different record from {local} here; both are kept. If they are the same organisation, merge them under People &amp; organisations.</source>
            <translation>Paketteki {acronym}, buradaki {local} ile farklı bir kayıt; ikisi de korunuyor. Aynı kuruluşsa onları Dosya → Kişiler ve kuruluşlar bölümünde birleştirin.</translation>
        </message>
        <message>
            <source>an alias id of this organisation belongs to another organisation here.</source>
            <translation>bu kuruluşun önceki adlarından birinin kimliği burada başka bir kuruluşa ait.</translation>
        </message>
        <message>
            <source>the record {id} belongs to another meeting in this database; the package is not consistent with it.</source>
            <translation>{id} kimlikli kayıt bu veritabanında başka bir toplantıya ait; paket bu veritabanıyla tutarlı değil.</translation>
        </message>
        <message>
            <source>the record {id} belongs to another record in this database.</source>
            <translation>{id} kimlikli kayıt bu veritabanında başka bir kayda ait.</translation>
        </message>
        <message>
            <source>the package removes the action point “{text}”, which a later meeting here follows up; it cannot be removed by an import.</source>
            <translation>paket “{text}” eylem maddesini kaldırıyor, ancak buradaki daha sonraki bir toplantı bu maddenin gelişmesini kaydetmiş; madde içe aktarmayla kaldırılamaz.</translation>
        </message>
        <message>
            <source>the package removes a decision that decision {reference} here supersedes; it cannot be removed by an import.</source>
            <translation>paket, buradaki {reference} kararının yerini aldığı bir kararı kaldırıyor; bu karar içe aktarmayla kaldırılamaz.</translation>
        </message>
        <message>
            <source>this refers to organisation {id}, which is not in the package.</source>
            <translation>burada {id} kimlikli kuruluşa başvuruluyor, ancak bu kuruluş pakette yok.</translation>
        </message>
        <message>
            <source>this refers to person {id}, which is not in the package.</source>
            <translation>burada {id} kimlikli kişiye başvuruluyor, ancak bu kişi pakette yok.</translation>
        </message>
        <message>
            <source>this refers to meeting {id}, which is not in the package.</source>
            <translation>burada {id} kimlikli toplantıya başvuruluyor, ancak bu toplantı pakette yok.</translation>
        </message>
        <message>
            <source>this refers to agenda item {id}, which is not in the package.</source>
            <translation>burada {id} kimlikli gündem maddesine başvuruluyor, ancak bu madde pakette yok.</translation>
        </message>
        <message>
            <source>this refers to decision {id}, which is not in the package.</source>
            <translation>burada {id} kimlikli karara başvuruluyor, ancak bu karar pakette yok.</translation>
        </message>
        <message>
            <source>this refers to action point {id}, which is not in the package.</source>
            <translation>burada {id} kimlikli eylem maddesine başvuruluyor, ancak bu madde pakette yok.</translation>
        </message>
        <message>
            <source>this refers to sign-off {id}, which is not in the package.</source>
            <translation>burada {id} kimlikli onaya başvuruluyor, ancak bu onay pakette yok.</translation>
        </message>
        <message>
            <source>the id {id} is used twice (also at {other}).</source>
            <translation>{id} kimliği iki kez kullanılmış (ayrıca {other} konumunda).</translation>
        </message>
        <message>
            <source>“{value}” is used twice (also at {other}); it must be unique.</source>
            <translation>“{value}” iki kez kullanılmış (ayrıca {other} konumunda); benzersiz olmalıdır.</translation>
        </message>
        <message>
            <source>this organisation already has a position on the decision (positions[{index}]).</source>
            <translation>bu kuruluşun karar üzerinde zaten bir tutumu var (positions[{index}]).</translation>
        </message>
        <message>
            <source>the outcome “{outcome}” breaks the consensus rules: {problem}</source>
            <translation>“{outcome}” sonucu uzlaşı kurallarına aykırı: {problem}</translation>
        </message>
        <message>
            <source>a meeting cannot be its own previous meeting.</source>
            <translation>bir toplantı kendisinin önceki toplantısı olamaz.</translation>
        </message>
        <message>
            <source>the meeting ends before it starts.</source>
            <translation>toplantı, başlamadan önce bitiyor.</translation>
        </message>
        <message>
            <source>“{value}” is not a time zone.</source>
            <translation>“{value}” bir saat dilimi değil.</translation>
        </message>
        <message>
            <source>an attendance entry needs a person or an organisation.</source>
            <translation>bir katılım kaydı için bir kişi ya da kuruluş gerekir.</translation>
        </message>
        <message>
            <source>this person is already listed (attendance[{index}]).</source>
            <translation>bu kişi zaten listede (attendance[{index}]).</translation>
        </message>
        <message>
            <source>a decision cannot supersede itself.</source>
            <translation>bir karar kendi yerini alamaz.</translation>
        </message>
        <message>
            <source>an action point can only follow from a decision of the same meeting.</source>
            <translation>bir eylem maddesi yalnızca aynı toplantının bir kararından doğabilir.</translation>
        </message>
        <message>
            <source>follow-up is recorded at a later meeting than the one that set the action.</source>
            <translation>gelişme, eylemi belirleyen toplantıdan daha sonraki bir toplantıda kaydedilmelidir.</translation>
        </message>
        <message>
            <source>this action point is already followed up (follow_ups[{index}]).</source>
            <translation>bu eylem maddesinin gelişmesi zaten kaydedilmiş (follow_ups[{index}]).</translation>
        </message>
        <message>
            <source>revision {revision} was signed off twice.</source>
            <translation>{revision} numaralı revizyon iki kez onaylanmış.</translation>
        </message>
        <message>
            <source>the minutes were printed with labels of version {version}, which this version of UNNM Desktop does not know: update UNNM Desktop.</source>
            <translation>tutanak {version} numaralı etiket sürümüyle basılmış; bu UNNM Desktop bu sürümü tanımıyor: UNNM Desktop'ı güncelleyin.</translation>
        </message>
        <message>
            <source>the signed-off content cannot be read: {problem}</source>
            <translation>onaylanmış içerik okunamıyor: {problem}</translation>
        </message>
        <message>
            <source>the signed-off content is not that of this meeting.</source>
            <translation>onaylanmış içerik bu toplantıya ait değil.</translation>
        </message>
        <message>
            <source>the signed-off content does not match its fingerprint: the minutes were altered after they were signed off.</source>
            <translation>onaylanmış içerik parmak iziyle eşleşmiyor: tutanak onaylandıktan sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>the meeting is marked signed off, but no current sign-off of its revision is included.</source>
            <translation>toplantı onaylandı olarak işaretli, ancak pakette revizyonuna ait geçerli bir onay yok.</translation>
        </message>
        <message>
            <source>the meeting has a sign-off that was never reopened, so it must be signed off.</source>
            <translation>toplantının hiç yeniden açılmamış bir onayı var, bu nedenle toplantı onaylandı durumunda olmalıdır.</translation>
        </message>
        <message>
            <source>The package {source} cannot be imported (at {where}): {problem}</source>
            <translation>{source} paketi içe aktarılamıyor (konum: {where}): {problem}</translation>
        </message>
        <message>
            <source>The package {source} cannot be imported: {problem}</source>
            <translation>{source} paketi içe aktarılamıyor: {problem}</translation>
        </message>
        <message>
            <source>The package cannot be imported (at {where}): {problem}</source>
            <translation>Paket içe aktarılamıyor (konum: {where}): {problem}</translation>
        </message>
        <message>
            <source>The package cannot be imported: {problem}</source>
            <translation>Paket içe aktarılamıyor: {problem}</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>en üst düzey</translation>
        </message>
        <message>
            <source>the file is saved as UTF-16 text; meeting packages are UTF-8 (save it again as UTF-8, or export it again).</source>
            <translation>dosya UTF-16 metin olarak kaydedilmiş; toplantı paketleri UTF-8'dir (dosyayı UTF-8 olarak yeniden kaydedin ya da yeniden dışa aktarın).</translation>
        </message>
        <message>
            <source>the file is a ZIP archive (or a Word/Excel file), not a meeting package; unpack it and import the .json inside.</source>
            <translation>dosya bir ZIP arşivi (ya da bir Word/Excel dosyası), toplantı paketi değil; arşivi açın ve içindeki .json dosyasını içe aktarın.</translation>
        </message>
        <message>
            <source>the file is a gzip-compressed file, not a meeting package; decompress it first.</source>
            <translation>dosya gzip ile sıkıştırılmış, toplantı paketi değil; önce sıkıştırmayı açın.</translation>
        </message>
        <message>
            <source>the file is a UNNM Desktop database, not a meeting package; export a package from it instead.</source>
            <translation>dosya bir UNNM Desktop veritabanı, toplantı paketi değil; bunun yerine bu veritabanından bir paket dışa aktarın.</translation>
        </message>
        <message>
            <source>the file is a PDF document, not a meeting package.</source>
            <translation>dosya bir PDF belgesi, toplantı paketi değil.</translation>
        </message>
        <message>
            <source>the key “{key}” appears twice in the same object (in the record with id {owner}); a package never repeats a key.</source>
            <translation>“{key}” anahtarı aynı nesnede iki kez geçiyor ({owner} kimlikli kayıtta); bir pakette anahtar asla tekrarlanmaz.</translation>
        </message>
        <message>
            <source>the key “{key}” appears twice in the same object; a package never repeats a key.</source>
            <translation>“{key}” anahtarı aynı nesnede iki kez geçiyor; bir pakette anahtar asla tekrarlanmaz.</translation>
        </message>
        <message>
            <source>it contains {name}, which is not a number JSON allows.</source>
            <translation>dosyada JSON'un izin vermediği bir sayı var: {name}.</translation>
        </message>
        <message>
            <source>the number {number} is too large.</source>
            <translation>{number} sayısı çok büyük.</translation>
        </message>
        <message>
            <source>it is nested too deeply to be a meeting package.</source>
            <translation>dosya, bir toplantı paketi olamayacak kadar derin iç içe geçmiş.</translation>
        </message>
        <message>
            <source>the file ends in the middle of the data: it was cut off (copied or downloaded incompletely); export it again.</source>
            <translation>dosya verinin ortasında bitiyor: kesilmiş (eksik kopyalanmış ya da indirilmiş); yeniden dışa aktarın.</translation>
        </message>
        <message>
            <source>it is not valid JSON: {reason} (line {line}, column {column}).</source>
            <translation>dosya geçerli bir JSON değil: {reason} (satır {line}, sütun {column}).</translation>
        </message>
        <message>
            <source>it contains a value that cannot be read ({reason}).</source>
            <translation>dosyada okunamayan bir değer var ({reason}).</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>dosya boş.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte {byte} cannot be read); it is not a meeting package or was damaged.</source>
            <translation>dosya UTF-8 metin değil ({byte}. bayt okunamıyor); bir toplantı paketi değil ya da bozulmuş.</translation>
        </message>
        <message>
            <source>the file is not JSON, so it is not a meeting package.</source>
            <translation>dosya JSON değil, bu nedenle bir toplantı paketi de değil.</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>nesne</translation>
        </message>
        <message>
            <source>Someone else changed this meeting at {time} ({name}): {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu toplantıyı {time} saatinde başka biri ({name}) değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this meeting meanwhile: {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu toplantıyı bu arada başka biri değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this agenda item at {time} ({name}): {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu gündem maddesini {time} saatinde başka biri ({name}) değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this agenda item meanwhile: {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu gündem maddesini bu arada başka biri değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this attendance entry at {time} ({name}): {changes}. Your change was not saved; reload to see theirs.</source>
            <translation>Bu katılım kaydını {time} saatinde başka biri ({name}) değiştirdi: {changes}. Değişikliğiniz kaydedilmedi; onlarınkini görmek için yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this attendance entry meanwhile: {changes}. Your change was not saved; reload to see theirs.</source>
            <translation>Bu katılım kaydını bu arada başka biri değiştirdi: {changes}. Değişikliğiniz kaydedilmedi; onlarınkini görmek için yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this decision at {time} ({name}): {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu kararı {time} saatinde başka biri ({name}) değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this decision meanwhile: {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu kararı bu arada başka biri değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this position at {time} ({name}): {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu tutumu {time} saatinde başka biri ({name}) değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this position meanwhile: {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu tutumu bu arada başka biri değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this action point at {time} ({name}): {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu eylem maddesini {time} saatinde başka biri ({name}) değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this action point meanwhile: {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu eylem maddesini bu arada başka biri değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this follow-up at {time} ({name}): {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu gelişme kaydını {time} saatinde başka biri ({name}) değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this follow-up meanwhile: {changes}. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu gelişme kaydını bu arada başka biri değiştirdi: {changes}. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this organisation at {time} ({name}): {changes}. Your change was not saved; copy what you need and reload.</source>
            <translation>Bu kuruluşu {time} saatinde başka biri ({name}) değiştirdi: {changes}. Değişikliğiniz kaydedilmedi; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this organisation meanwhile: {changes}. Your change was not saved; copy what you need and reload.</source>
            <translation>Bu kuruluşu bu arada başka biri değiştirdi: {changes}. Değişikliğiniz kaydedilmedi; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this person's entry at {time} ({name}): {changes}. Your change was not saved; copy what you need and reload.</source>
            <translation>Bu kişi kaydını {time} saatinde başka biri ({name}) değiştirdi: {changes}. Değişikliğiniz kaydedilmedi; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this person's entry meanwhile: {changes}. Your change was not saved; copy what you need and reload.</source>
            <translation>Bu kişi kaydını bu arada başka biri değiştirdi: {changes}. Değişikliğiniz kaydedilmedi; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this agenda item's notes at {time} ({name}): «{text}». Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu gündem maddesinin notlarını {time} saatinde başka biri ({name}) değiştirdi: «{text}». Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this agenda item's notes meanwhile: «{text}». Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu gündem maddesinin notlarını bu arada başka biri değiştirdi: «{text}». Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>Someone else changed this record at the same moment, so your change was not saved. Your text was kept in the editor; copy what you need and reload.</source>
            <translation>Bu kaydı aynı anda başka biri değiştirdi, bu yüzden değişikliğiniz kaydedilmedi. Metniniz düzenleyicide korundu; gereken kısmı kopyalayıp yeniden yükleyin.</translation>
        </message>
        <message>
            <source>{field} «{value}»</source>
            <translation>{field} «{value}»</translation>
        </message>
        <message>
            <source>title</source>
            <translation>başlık</translation>
        </message>
        <message>
            <source>series</source>
            <translation>toplantı dizisi</translation>
        </message>
        <message>
            <source>number</source>
            <translation>numara</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referans</translation>
        </message>
        <message>
            <source>start</source>
            <translation>başlangıç</translation>
        </message>
        <message>
            <source>end</source>
            <translation>bitiş</translation>
        </message>
        <message>
            <source>location</source>
            <translation>yer</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>mekân</translation>
        </message>
        <message>
            <source>modality</source>
            <translation>katılım biçimi</translation>
        </message>
        <message>
            <source>event category</source>
            <translation>etkinlik türü</translation>
        </message>
        <message>
            <source>main organisers</source>
            <translation>ana düzenleyiciler</translation>
        </message>
        <message>
            <source>target audience</source>
            <translation>hedef kitle</translation>
        </message>
        <message>
            <source>language</source>
            <translation>dil</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>saat dilimi</translation>
        </message>
        <message>
            <source>geographic scope</source>
            <translation>coğrafi kapsam</translation>
        </message>
        <message>
            <source>sub-region</source>
            <translation>alt bölge</translation>
        </message>
        <message>
            <source>workstream output</source>
            <translation>çalışma akışı çıktısı</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>başkan</translation>
        </message>
        <message>
            <source>rapporteur</source>
            <translation>raportör</translation>
        </message>
        <message>
            <source>previous meeting</source>
            <translation>önceki toplantı</translation>
        </message>
        <message>
            <source>next meeting date</source>
            <translation>sonraki toplantı tarihi</translation>
        </message>
        <message>
            <source>standing item</source>
            <translation>sabit gündem maddesi</translation>
        </message>
        <message>
            <source>presenter</source>
            <translation>sunucu</translation>
        </message>
        <message>
            <source>planned minutes</source>
            <translation>planlanan süre (dakika)</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notlar</translation>
        </message>
        <message>
            <source>place in the list</source>
            <translation>listedeki sırası</translation>
        </message>
        <message>
            <source>status</source>
            <translation>durum</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>arrival time</source>
            <translation>geliş saati</translation>
        </message>
        <message>
            <source>departure time</source>
            <translation>ayrılış saati</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>kuruluş</translation>
        </message>
        <message>
            <source>text</source>
            <translation>metin</translation>
        </message>
        <message>
            <source>method</source>
            <translation>yöntem</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>sonuç</translation>
        </message>
        <message>
            <source>chair's note</source>
            <translation>başkanın notu</translation>
        </message>
        <message>
            <source>deferred to</source>
            <translation>ertelendiği tarih</translation>
        </message>
        <message>
            <source>silence deadline</source>
            <translation>sessiz onay son tarihi</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>gündem maddesi</translation>
        </message>
        <message>
            <source>supersedes</source>
            <translation>yerini aldığı karar</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tür</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>açıklama</translation>
        </message>
        <message>
            <source>paragraph</source>
            <translation>paragraf</translation>
        </message>
        <message>
            <source>ad referendum deadline</source>
            <translation>ad referendum son tarihi</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>son tarih</translation>
        </message>
        <message>
            <source>completed on</source>
            <translation>tamamlanma tarihi</translation>
        </message>
        <message>
            <source>completion note</source>
            <translation>tamamlanma notu</translation>
        </message>
        <message>
            <source>responsible person</source>
            <translation>sorumlu kişi</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>karar</translation>
        </message>
        <message>
            <source>note</source>
            <translation>not</translation>
        </message>
        <message>
            <source>acronym</source>
            <translation>kısaltma</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>İngilizce adı</translation>
        </message>
        <message>
            <source>Turkish name</source>
            <translation>Türkçe adı</translation>
        </message>
        <message>
            <source>name</source>
            <translation>ad</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-posta</translation>
        </message>
        <message>
            <source>position</source>
            <translation>tutum</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>tam sayı</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>sayı</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ya da false</translation>
        </message>
        <message>
            <source>this must be {wanted}, not {actual}.</source>
            <translation>bu değer {wanted} olmalı, {actual} değil.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} ya da {second}</translation>
        </message>
        <message>
            <source>the text “{text}”</source>
            <translation>“{text}” metni</translation>
        </message>
        <message>
            <source>the number {number}</source>
            <translation>{number} sayısı</translation>
        </message>
        <message>
            <source>“{value}” is not a real date.</source>
            <translation>“{value}” gerçek bir tarih değil.</translation>
        </message>
        <message>
            <source>“{value}” is not a real date and time.</source>
            <translation>“{value}” gerçek bir tarih ve saat değil.</translation>
        </message>
        <message>
            <source>{value} is not allowed here; use one of: {allowed}.</source>
            <translation>{value} burada kullanılamaz; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>the text is {length} characters long; at most {limit} are allowed here.</source>
            <translation>metin {length} karakter uzunluğunda; burada en fazla {limit} karaktere izin verilir.</translation>
        </message>
        <message>
            <source>this cannot be empty.</source>
            <translation>bu değer boş olamaz.</translation>
        </message>
        <message>
            <source>{value} is not in the expected form ({form}).</source>
            <translation>{value} beklenen biçimde değil ({form}).</translation>
        </message>
        <message>
            <source>{value} is out of range ({minimum} to {maximum}).</source>
            <translation>{value} izin verilen aralığın dışında ({minimum}–{maximum}).</translation>
        </message>
        <message>
            <source>the list has {count} entries; at most {limit} are allowed.</source>
            <translation>listede {count} öğe var; en fazla {limit} öğeye izin verilir.</translation>
        </message>
        <message>
            <source>the list needs at least {count} entries.</source>
            <translation>listede en az {count} öğe olmalıdır.</translation>
        </message>
        <message>
            <source>{value} is listed twice.</source>
            <translation>{value} iki kez listelenmiş.</translation>
        </message>
        <message>
            <source>the field “{name}” is missing.</source>
            <translation>“{name}” alanı eksik.</translation>
        </message>
        <message>
            <source>the field “{name}” is not part of the package format.</source>
            <translation>“{name}” alanı paket biçiminin bir parçası değil.</translation>
        </message>
        <message>
            <source>a lower-case UUID such as 3f2b8c1e-9a4d-4c3b-8e2f-1a2b3c4d5e6f</source>
            <translation>3f2b8c1e-9a4d-4c3b-8e2f-1a2b3c4d5e6f gibi küçük harfli bir UUID</translation>
        </message>
        <message>
            <source>64 lower-case hexadecimal digits</source>
            <translation>64 küçük harfli onaltılık rakam</translation>
        </message>
        <message>
            <source>UTC as YYYY-MM-DDTHH:MM:SS+00:00</source>
            <translation>YYYY-MM-DDTHH:MM:SS+00:00 biçiminde UTC</translation>
        </message>
        <message>
            <source>it is a folder, not a file.</source>
            <translation>bu bir klasör, dosya değil.</translation>
        </message>
        <message>
            <source>the file is {size} MB; a meeting package is at most {limit} MB.</source>
            <translation>dosya {size} MB; bir toplantı paketi en fazla {limit} MB olabilir.</translation>
        </message>
        <message>
            <source>there is no file {path}.</source>
            <translation>{path} diye bir dosya yok.</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason}).</source>
            <translation>dosya okunamıyor ({reason}).</translation>
        </message>
        <message>
            <source>the meeting's content does not match the hash written when the package was made, so the file was changed after export; export it again from the original database.</source>
            <translation>toplantının içeriği, paket oluşturulurken yazılan özet değerle (hash) eşleşmiyor, yani dosya dışa aktarıldıktan sonra değiştirilmiş; paketi özgün veritabanından yeniden dışa aktarın.</translation>
        </message>
        <message>
            <source>the file holds a JSON list, not a meeting package.</source>
            <translation>dosyada bir JSON listesi var, toplantı paketi değil.</translation>
        </message>
        <message>
            <source>this is not a UNNM Desktop meeting package (its format is “{format}”).</source>
            <translation>bu bir UNNM Desktop toplantı paketi değil (biçimi “{format}”).</translation>
        </message>
        <message>
            <source>this is not a UNNM Desktop meeting package (its format is missing).</source>
            <translation>bu bir UNNM Desktop toplantı paketi değil (biçim bilgisi yok).</translation>
        </message>
        <message>
            <source>the package was written in format version {version} by a newer UNNM Desktop; this one reads version {supported}: update UNNM Desktop to import it.</source>
            <translation>paket daha yeni bir UNNM Desktop ile {version} numaralı biçim sürümünde yazılmış; bu UNNM Desktop {supported} numaralı biçim sürümünü okur: içe aktarmak için UNNM Desktop'ı güncelleyin.</translation>
        </message>
        <message>
            <source>the format version must be {supported}, not {version}.</source>
            <translation>biçim sürümü {version} değil, {supported} olmalıdır.</translation>
        </message>
        <message>
            <source>the text contains the control character U+{code} at position {position}, which UNNM Desktop never stores (it cannot go into a Word document); the file was not made by UNNM Desktop or was altered.</source>
            <translation>metin, {position}. konumda U+{code} denetim karakterini içeriyor; UNNM Desktop bu karakteri asla saklamaz (Word belgesine konamaz); dosya UNNM Desktop ile oluşturulmamış ya da değiştirilmiş.</translation>
        </message>
        <message>
            <source>the text is not in Unicode normal form C, as UNNM Desktop always stores it; the file was altered.</source>
            <translation>metin, UNNM Desktop'ın her zaman kullandığı Unicode normal biçim C'de değil; dosya değiştirilmiş.</translation>
        </message>
        <message>
            <source>“{text}” must be written as “{canonical}”.</source>
            <translation>“{text}”, “{canonical}” olarak yazılmalıdır.</translation>
        </message>
        <message>
            <source>a package of format version 1 carries no base; the file was altered.</source>
            <translation>1. biçim sürümündeki bir paket taban içermez; dosya değiştirilmiş.</translation>
        </message>
        <message>
            <source>the base must be the same meeting as it was, without a base of its own.</source>
            <translation>taban, kendi tabanı olmadan, aynı toplantının önceki hâli olmalıdır.</translation>
        </message>
        <message>
            <source>the id {id} is used twice in the base.</source>
            <translation>{id} kimliği tabanda iki kez kullanılmış.</translation>
        </message>
        <message>
            <source>Decision {reference} cannot supersede itself.</source>
            <translation>{reference} kararı kendi yerini alamaz.</translation>
        </message>
        <message>
            <source>Decision {earlier} was not taken before {later}; only a later decision supersedes an earlier one.</source>
            <translation>{earlier} kararı {later} kararından önce alınmadı; yalnızca sonraki bir karar önceki bir kararın yerini alabilir.</translation>
        </message>
        <message>
            <source>Decision {earlier} already supersedes {later} through {step}; a decision cannot supersede one that supersedes it.</source>
            <translation>{earlier} kararı {step} üzerinden zaten {later} kararının yerini alıyor; bir karar, kendi yerini alan bir kararın yerini alamaz.</translation>
        </message>
        <message>
            <source>“{kind}” is not something to search; use one of: {allowed}.</source>
            <translation>“{kind}” aranabilecek bir şey değil; şunlardan birini kullanın: {allowed}.</translation>
        </message>
        <message>
            <source>Decision {reference} has no final outcome yet (proposed).</source>
            <translation>{reference} kararının henüz kesin bir sonucu yok (önerildi).</translation>
        </message>
        <message>
            <source>Decision {reference} has no final outcome yet (under_silence).</source>
            <translation>{reference} kararının henüz kesin bir sonucu yok (sessiz onay usulünde).</translation>
        </message>
        <message>
            <source>Decision {reference} has no final outcome yet ({outcome}).</source>
            <translation>{reference} kararının henüz kesin bir sonucu yok ({outcome}).</translation>
        </message>
        <message>
            <source>No chair is set (Details).</source>
            <translation>Başkan belirlenmedi (Ayrıntılar).</translation>
        </message>
        <message>
            <source>No rapporteur is set (Details).</source>
            <translation>Raportör belirlenmedi (Ayrıntılar).</translation>
        </message>
        <message>
            <source>No one is recorded as present or remote (Attendance).</source>
            <translation>Yüz yüze ya da çevrim içi katılmış olarak kaydedilmiş kimse yok (Katılım).</translation>
        </message>
        <message>
            <source>Decision {reference}: the ad referendum position of {acronym} has no deadline.</source>
            <translation>{reference} kararı: {acronym} kuruluşunun ad referendum tutumu için son tarih yok.</translation>
        </message>
        <message>
            <source>Signed-off minutes are not circulated again; reopen them for revision first.</source>
            <translation>Onaylanmış tutanak yeniden görüşe sunulmaz; önce tutanağı düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>Sign-off needs at least one signatory (usually the chair and the rapporteur).</source>
            <translation>Onay için en az bir imzacı gerekir (genellikle başkan ve raportör).</translation>
        </message>
        <message>
            <source>The minutes cannot be signed off yet: {problems}</source>
            <translation>Tutanak henüz onaylanamaz: {problems}</translation>
        </message>
        <message>
            <source>“{title}” is already signed off.</source>
            <translation>“{title}” zaten onaylandı.</translation>
        </message>
        <message>
            <source>{name} cannot sign on {signed_on}: that is before the meeting was held ({held_on}). Check the date.</source>
            <translation>{name} için imza tarihi {signed_on} olamaz: bu tarih, toplantının yapıldığı tarihten ({held_on}) önce. Tarihi kontrol edin.</translation>
        </message>
        <message>
            <source>Only signed-off minutes are reopened for revision.</source>
            <translation>Yalnızca onaylanmış tutanak düzeltme için yeniden açılır.</translation>
        </message>
        <message>
            <source>The due dates end ({due_to}) before they start ({due_from}).</source>
            <translation>Son tarih aralığının bitişi ({due_to}) başlangıcından ({due_from}) önce.</translation>
        </message>
        <message>
            <source>An action cannot be done on {day}, a date still to come.</source>
            <translation>Bir eylem, henüz gelmemiş bir tarihte ({day}) tamamlanmış olamaz.</translation>
        </message>
        <message>
            <source>An action set on {set_on} cannot have been done before, on {day}.</source>
            <translation>{set_on} tarihinde belirlenen bir eylem, daha önce, {day} tarihinde tamamlanmış olamaz.</translation>
        </message>
        <message>
            <source>The follow-up is recorded at a later meeting than the one that set the action.</source>
            <translation>Gelişme, eylemi belirleyen toplantıdan daha sonraki bir toplantıda kaydedilmelidir.</translation>
        </message>
        <message>
            <source>No signed-off version {sign_off_id} of {reference} was found.</source>
            <translation>{reference} toplantısının {sign_off_id} kimlikli onaylanmış sürümü bulunamadı.</translation>
        </message>
        <message>
            <source>{reference} is marked signed off but has no stored sign-off; run `unnm-desktop check`.</source>
            <translation>{reference} onaylandı olarak işaretli, ancak saklanmış bir onayı yok; `unnm-desktop check` komutunu çalıştırın.</translation>
        </message>
        <message>
            <source>The database content of {reference} (revision {revision}) no longer matches its fingerprint: the stored signed-off text was changed outside UNNM Desktop.</source>
            <translation>{reference} toplantısının veritabanındaki içeriği (revizyon {revision}) artık parmak iziyle eşleşmiyor: saklanan onaylı metin UNNM Desktop dışında değiştirilmiş.</translation>
        </message>
        <message>
            <source>The database content of {reference} no longer matches its fingerprint: the signed-off minutes were changed outside UNNM Desktop (first difference at {where}).</source>
            <translation>{reference} toplantısının veritabanındaki içeriği artık parmak iziyle eşleşmiyor: onaylanmış tutanak UNNM Desktop dışında değiştirilmiş (ilk fark: {where}).</translation>
        </message>
        <message>
            <source>the top</source>
            <translation>en üst düzey</translation>
        </message>
        <message>
            <source>{reference} revision {revision} was later reopened for revision ({reason}); this document is that earlier signed-off version.</source>
            <translation>{reference} toplantısının {revision} numaralı revizyonu daha sonra düzeltme için yeniden açıldı ({reason}); bu belge o önceki onaylanmış sürümdür.</translation>
        </message>
        <message>
            <source>{reference} revision {revision} was later reopened for revision; this document is that earlier signed-off version.</source>
            <translation>{reference} toplantısının {revision} numaralı revizyonu daha sonra düzeltme için yeniden açıldı; bu belge o önceki onaylanmış sürümdür.</translation>
        </message>
        <message>
            <source>The database's audit chain is broken: {problem}.</source>
            <translation>Veritabanının denetim zinciri bozuk: {problem}.</translation>
        </message>
        <message>
            <source>audit event {seq} is missing</source>
            <translation>{seq} numaralı denetim olayı eksik</translation>
        </message>
        <message>
            <source>audit event {seq} does not follow the one before it</source>
            <translation>{seq} numaralı denetim olayı bir öncekinin ardından gelmiyor</translation>
        </message>
        <message>
            <source>audit event {seq} was changed after it was written</source>
            <translation>{seq} numaralı denetim olayı yazıldıktan sonra değiştirilmiş</translation>
        </message>
        <message>
            <source>The safety backup of {file} could not be made ({problem}); nothing was changed. Free some disk space or check that the backup folder can be written to, then try again.</source>
            <translation>{file} için güvenlik yedeği alınamadı ({problem}); hiçbir şey değiştirilmedi. Diskte yer açın ya da yedek klasörüne yazılabildiğini denetleyin, sonra yeniden deneyin.</translation>
        </message>
        <message>
            <source>The folder for {path} cannot be created: {reason}.</source>
            <translation>{path} için klasör oluşturulamıyor: {reason}.</translation>
        </message>
        <message>
            <source>{path} is damaged ({verdict}).</source>
            <translation>{path} hasarlı ({verdict}).</translation>
        </message>
        <message>
            <source>{problem} It has not been modified. The newest good backup is {backup}; `unnm-desktop restore` can put it in place.</source>
            <translation>{problem} Dosya değiştirilmedi. En yeni sağlam yedek: {backup}; `unnm-desktop restore` komutu onu yerine koyabilir.</translation>
        </message>
        <message>
            <source>{problem} It has not been modified. No backup of it was found.</source>
            <translation>{problem} Dosya değiştirilmedi. Dosyanın bir yedeği bulunamadı.</translation>
        </message>
        <message>
            <source>{path} is already open for writing by another UNNM Desktop process. Close it there first, or open a copy.</source>
            <translation>{path}, başka bir UNNM Desktop işlemi tarafından yazmak için zaten açılmış. Önce orada kapatın ya da bir kopyasını açın.</translation>
        </message>
        <message>
            <source>{path} is already open for writing by UNNM Desktop process {pid} of user {user} on {host} (since {since}). Close it there first, or open a copy.</source>
            <translation>{path}, {host} bilgisayarındaki {user} kullanıcısına ait {pid} numaralı UNNM Desktop işlemi tarafından yazmak için zaten açılmış ({since} tarihinden beri). Önce orada kapatın ya da bir kopyasını açın.</translation>
        </message>
        <message>
            <source>{path} cannot be opened for writing: {reason}.</source>
            <translation>{path} yazmak için açılamıyor: {reason}.</translation>
        </message>
        <message>
            <source>{path} is not an UNNM Desktop database (not a SQLite file).</source>
            <translation>{path} bir UNNM Desktop veritabanı değil (SQLite dosyası değil).</translation>
        </message>
        <message>
            <source>No good backup of {path} was found; nothing was changed.</source>
            <translation>{path} için sağlam bir yedek bulunamadı; hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The backup {backup} is itself damaged; nothing was changed. Try an older one.</source>
            <translation>{backup} yedeği de hasarlı; hiçbir şey değiştirilmedi. Daha eski bir yedeği deneyin.</translation>
        </message>
        <message>
            <source>{file} is an unaltered export of addendum {number} to the signed-off minutes {reference} (fingerprint {fingerprint}); the minutes it belongs to verify too.</source>
            <translation>{file}, onaylanmış {reference} tutanağının {number} numaralı ekinin değiştirilmemiş bir dışa aktarımıdır (parmak izi {fingerprint}); ait olduğu tutanak da doğrulanıyor.</translation>
        </message>
        <message>
            <source>{file} is an unaltered export of the signed-off minutes {reference} (revision {revision}, fingerprint {fingerprint}).</source>
            <translation>{file}, onaylanmış {reference} tutanağının değiştirilmemiş bir dışa aktarımıdır (revizyon {revision}, parmak izi {fingerprint}).</translation>
        </message>
        <message>
            <source>{file} could not be verified: {problems}</source>
            <translation>{file} doğrulanamadı: {problems}</translation>
        </message>
        <message>
            <source>The text was changed after export: paragraph {number} reads “{found}” where the signed-off minutes say “{expected}”.</source>
            <translation>Metin dışa aktarımdan sonra değiştirilmiş: {number}. paragrafta “{found}” yazıyor, onaylanmış tutanakta ise “{expected}” yazıyor.</translation>
        </message>
        <message>
            <source>The text was changed after export: paragraph {number} (“{text}”) was added.</source>
            <translation>Metin dışa aktarımdan sonra değiştirilmiş: {number}. paragraf (“{text}”) eklenmiş.</translation>
        </message>
        <message>
            <source>The text was changed after export: paragraph {number} (“{text}”) is missing.</source>
            <translation>Metin dışa aktarımdan sonra değiştirilmiş: {number}. paragraf (“{text}”) eksik.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>{path} diye bir dosya yok.</translation>
        </message>
        <message>
            <source>The file is damaged or not a Word document ({error}).</source>
            <translation>Dosya bozuk ya da bir Word belgesi değil ({error}).</translation>
        </message>
        <message>
            <source>It is not an UNNM Desktop export of minutes (it carries no UNNM properties).</source>
            <translation>Bu, UNNM Desktop'tan dışa aktarılmış bir tutanak değil (UNNM özelliklerini taşımıyor).</translation>
        </message>
        <message>
            <source>It is a draft export (revision {revision}), not signed-off minutes; drafts carry no fingerprint.</source>
            <translation>Bu bir taslak dışa aktarımı (revizyon {revision}), onaylanmış tutanak değil; taslaklarda parmak izi bulunmaz.</translation>
        </message>
        <message>
            <source>It writes the intervention stamps with wording {wording}, which this version of UNNM Desktop does not know; verify it with the version that exported it, or a newer one.</source>
            <translation>Söz alma damgalarını, UNNM Desktop'ın bu sürümünün bilmediği {wording} ifade sürümüyle yazıyor; onu dışa aktaran sürümle ya da daha yeni bir sürümle doğrulayın.</translation>
        </message>
        <message>
            <source>No database was given to check the fingerprint against.</source>
            <translation>Parmak izinin karşılaştırılacağı bir veritabanı verilmedi.</translation>
        </message>
        <message>
            <source>Its fingerprint {fingerprint} is unknown to this database: no signed addendum has it.</source>
            <translation>{fingerprint} parmak izi bu veritabanında bilinmiyor: hiçbir imzalı ek bu parmak izine sahip değil.</translation>
        </message>
        <message>
            <source>Its fingerprint {fingerprint} is unknown to this database: no signed-off minutes have it.</source>
            <translation>{fingerprint} parmak izi bu veritabanında bilinmiyor: hiçbir onaylanmış tutanakta bu parmak izi yok.</translation>
        </message>
        <message>
            <source>The source and the target are the same database.</source>
            <translation>Kaynak ve hedef aynı veritabanı.</translation>
        </message>
        <message>
            <source>There is no database at {path} to copy from.</source>
            <translation>{path} konumunda kopyalanacak bir veritabanı yok.</translation>
        </message>
        <message>
            <source>There is already a file at {path}; a copy goes into a new file and never merges into another register. Choose a new file name.</source>
            <translation>{path} konumunda zaten bir dosya var; kopya yeni bir dosyaya yazılır ve hiçbir zaman başka bir sicille birleştirilmez. Yeni bir dosya adı seçin.</translation>
        </message>
        <message>
            <source>{target} already holds a register ({meetings} meetings, {people} people); a copy goes only into a new file or an empty server database and never merges. Nothing was changed.</source>
            <translation>{target} zaten bir sicil içeriyor ({meetings} toplantı, {people} kişi); kopya yalnızca yeni bir dosyaya ya da boş bir sunucu veritabanına yazılır ve hiçbir zaman birleştirilmez. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The facts about the register (app_info) differ.</source>
            <translation>Sicile ilişkin bilgiler (app_info) farklı.</translation>
        </message>
        <message>
            <source>Table {table} has {target} rows on the target, {expected} expected.</source>
            <translation>{table} tablosunda hedefte {target} satır var, {expected} bekleniyordu.</translation>
        </message>
        <message>
            <source>Table {table} holds other values on the target than in the source.</source>
            <translation>{table} tablosu hedefte kaynaktakinden farklı değerler içeriyor.</translation>
        </message>
        <message>
            <source>The target's integrity check says: {verdict}.</source>
            <translation>Hedefin bütünlük denetimi sonucu: {verdict}.</translation>
        </message>
        <message>
            <source>Connecting to a PostgreSQL server needs the server extra, which is not installed: pip install "unnm-desktop[server]".</source>
            <translation>PostgreSQL sunucusuna bağlanmak için kurulu olmayan sunucu eki gerekir: pip install "unnm-desktop[server]".</translation>
        </message>
        <message>
            <source>The server {server} cannot be reached ({reason}). Check the address, the network and your password (~/.pgpass or the keyring), then try again.</source>
            <translation>{server} sunucusuna ulaşılamıyor ({reason}). Adresi, ağı ve parolanızı (~/.pgpass ya da anahtarlık) denetleyip yeniden deneyin.</translation>
        </message>
        <message>
            <source>The register on {server} needs upgrading to this version, which only the login that owns it may do: IT runs `unnm-desktop server init` with that login, then this desk can open it.</source>
            <translation>{server} üzerindeki sicilin bu sürüme yükseltilmesi gerekiyor; bunu yalnızca sicilin sahibi olan oturum açma hesabı yapabilir: BT bu hesapla `unnm-desktop server init` komutunu çalıştırır, ardından bu masa sicili açabilir.</translation>
        </message>
        <message>
            <source>Your server login ({role}) may not sign off minutes; ask the secretariat.</source>
            <translation>Sunucu hesabınız ({role}) tutanak onaylayamaz; sekretaryaya başvurun.</translation>
        </message>
        <message>
            <source>Your server login ({role}) may not reopen signed-off minutes; ask the secretariat.</source>
            <translation>Sunucu hesabınız ({role}) onaylanmış tutanakları yeniden açamaz; sekretaryaya başvurun.</translation>
        </message>
        <message>
            <source>Your server login ({role}) may not change signed-off minutes; ask the secretariat.</source>
            <translation>Sunucu hesabınız ({role}) onaylanmış tutanakları değiştiremez; sekretaryaya başvurun.</translation>
        </message>
        <message>
            <source>Your server login ({role}) may not merge or delete people and organisations; ask the secretariat.</source>
            <translation>Sunucu hesabınız ({role}) kişi ve kuruluşları birleştiremez ya da silemez; sekretaryaya başvurun.</translation>
        </message>
        <message>
            <source>The audit log is append-only: no server login may change or delete its entries.</source>
            <translation>Denetim kaydına yalnızca ekleme yapılabilir: hiçbir sunucu hesabı kayıtlarını değiştiremez ya da silemez.</translation>
        </message>
        <message>
            <source>Your server login ({role}) may only read the register; ask the secretariat for a login that may write.</source>
            <translation>Sunucu hesabınız ({role}) sicili yalnızca okuyabilir; yazma yetkisi olan bir hesap için sekretaryaya başvurun.</translation>
        </message>
        <message>
            <source>Your server login ({role}) may not make this change; ask the secretariat.</source>
            <translation>Sunucu hesabınız ({role}) bu değişikliği yapamaz; sekretaryaya başvurun.</translation>
        </message>
        <message>
            <source>This computer has no usable system keyring, so the password cannot be remembered. Keep it in ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows), in the file PGPASSFILE names, or in a service file; PostgreSQL's own client reads them.</source>
            <translation>Bu bilgisayarda kullanılabilir bir sistem anahtarlığı yok, bu yüzden parola hatırlanamaz. Parolayı ~/.pgpass dosyasında (Windows'ta %APPDATA%\postgresql\pgpass.conf), PGPASSFILE'ın gösterdiği dosyada ya da bir servis dosyasında tutun; PostgreSQL'in kendi istemcisi bunları okur.</translation>
        </message>
        <message>
            <source>The server {server} refused the password of {user}: check it (capitals, keyboard layout) and try again.</source>
            <translation>{server} sunucusu {user} kullanıcısının parolasını kabul etmedi: parolayı (büyük harfler, klavye düzeni) denetleyip yeniden deneyin.</translation>
        </message>
        <message>
            <source>The server {server} asks for the password of {user}: type it, or keep it in the keyring or in ~/.pgpass.</source>
            <translation>{server} sunucusu {user} kullanıcısının parolasını istiyor: parolayı yazın ya da anahtarlıkta veya ~/.pgpass dosyasında tutun.</translation>
        </message>
        <message>
            <source>The server {server} has no database named {database}: check its name with IT.</source>
            <translation>{server} sunucusunda {database} adlı bir veritabanı yok: adını BT birimiyle denetleyin.</translation>
        </message>
        <message>
            <source>The server {server} has no login named {user}: check the user name with IT.</source>
            <translation>{server} sunucusunda {user} adlı bir oturum hesabı yok: kullanıcı adını BT birimiyle denetleyin.</translation>
        </message>
        <message>
            <source>The server {server} does not let {user} connect from this computer (pg_hba.conf): ask IT.</source>
            <translation>{server} sunucusu {user} kullanıcısının bu bilgisayardan bağlanmasına izin vermiyor (pg_hba.conf): BT birimine danışın.</translation>
        </message>
        <message>
            <source>The server {server} and this desk do not agree on TLS ({reason}): choose another TLS mode or ask IT.</source>
            <translation>{server} sunucusu ile bu masa TLS konusunda uyuşmuyor ({reason}): başka bir TLS kipi seçin ya da BT birimine danışın.</translation>
        </message>
        <message>
            <source>“{text}” is not a value for the field {field}.</source>
            <translation>“{text}”, {field} alanı için geçerli bir değer değil.</translation>
        </message>
        <message>
            <source>There is no conflict {conflict} waiting with that register.</source>
            <translation>O sicille bekleyen {conflict} numaralı bir çakışma yok.</translation>
        </message>
        <message>
            <source>The record {record} is not on this register any more.</source>
            <translation>{record} kaydı artık bu sicilde yok.</translation>
        </message>
        <message>
            <source>That value cannot be kept: another record on this register holds it already, or the field does not take it. Nothing was changed; choose another.</source>
            <translation>Bu değer korunamıyor: bu sicilde başka bir kayıt zaten bu değere sahip ya da alan bu değeri kabul etmiyor. Hiçbir şey değiştirilmedi; başka bir değer seçin.</translation>
        </message>
        <message>
            <source>A whole record is resolved by taking ours or theirs, not a typed value.</source>
            <translation>Bütün bir kayıt, yazılan bir değerle değil, bizimki ya da onlarınki seçilerek çözülür.</translation>
        </message>
        <message>
            <source>Another record on the other register holds the same {field}: give this one another value (--value).</source>
            <translation>Karşı sicildeki başka bir kayıt aynı {field} değerine sahip: bu kayda başka bir değer verin (--value).</translation>
        </message>
        <message>
            <source>That side has no value for this field.</source>
            <translation>O tarafta bu alan için bir değer yok.</translation>
        </message>
        <message>
            <source>The other register kept changing while it was being synchronised; nothing more was written. Try again in a moment.</source>
            <translation>Karşı sicil eşitleme sırasında değişmeye devam etti; başka bir şey yazılmadı. Birazdan yeniden deneyin.</translation>
        </message>
        <message>
            <source>{target} is the same register as {laptop} (or a copy of it): a register is not synchronised with itself. Nothing was changed.</source>
            <translation>{target}, {laptop} ile aynı sicil (ya da onun bir kopyası): bir sicil kendisiyle eşitlenmez. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>There is no register file or exchange folder at {path}. Nothing was synchronised.</source>
            <translation>{path} konumunda bir sicil dosyası ya da paylaşım klasörü yok. Hiçbir şey eşitlenmedi.</translation>
        </message>
        <message>
            <source>{path} is a folder: synchronising through an exchange folder is not available in this version yet. Choose a server or a register file.</source>
            <translation>{path} bir klasör: bir paylaşım klasörü üzerinden eşitleme bu sürümde henüz yok. Bir sunucu ya da bir sicil dosyası seçin.</translation>
        </message>
        <message>
            <source>{laptop} lies inside the exchange folder {folder}: a live register never goes on a shared folder. Move it out, then synchronise again. Nothing was changed.</source>
            <translation>{laptop}, {folder} paylaşım klasörünün içinde: kullanılan bir sicil asla paylaşılan bir klasöre konmaz. Dışarı taşıyın, sonra yeniden eşitleyin. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>{folder} cannot be used as an exchange folder (it cannot be written, or its marker file unnm-exchange.json is damaged). Nothing was changed.</source>
            <translation>{folder} paylaşım klasörü olarak kullanılamıyor (klasöre yazılamıyor ya da işaret dosyası unnm-exchange.json bozuk). Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>Say either that the silence ended without objection or which organisation broke it.</source>
            <translation>Sessiz onay usulünün itirazsız sona erdiğini ya da hangi kuruluşun onu bozduğunu belirtin.</translation>
        </message>
        <message>
            <source>Decision {reference} has no silence procedure running.</source>
            <translation>{reference} kararı için işleyen bir sessiz onay usulü yok.</translation>
        </message>
        <message>
            <source>The silence procedure on {reference} runs until {deadline}; it cannot end without objection before then.</source>
            <translation>{reference} kararı için sessiz onay usulü {deadline} tarihine kadar sürüyor; bundan önce itirazsız sona eremez.</translation>
        </message>
        <message>
            <source>The silence procedure on {reference} ended at {deadline}; an objection after it does not break it.</source>
            <translation>{reference} kararı için sessiz onay usulü {deadline} tarihinde sona erdi; bundan sonraki bir itiraz usulü bozmaz.</translation>
        </message>
        <message>
            <source>The minutes of {reference} have no addendum yet.</source>
            <translation>{reference} tutanağının henüz eki yok.</translation>
        </message>
        <message>
            <source>The minutes of {reference} have no addendum {number}.</source>
            <translation>{reference} tutanağının {number} numaralı eki yok.</translation>
        </message>
        <message>
            <source>The minutes of {reference} are not signed off: record it in the minutes themselves, not as an addendum.</source>
            <translation>{reference} tutanağı onaylanmamış: bunu ek olarak değil, tutanağın kendisine kaydedin.</translation>
        </message>
        <message>
            <source>{acronym} has no open ad referendum position on decision {reference}.</source>
            <translation>{acronym} kuruluşunun {reference} kararı üzerinde açık bir ad referendum tutumu yok.</translation>
        </message>
        <message>
            <source>Addendum {number} to {reference} was changed outside UNNM Desktop: its {field} no longer matches its signed content.</source>
            <translation>{reference} tutanağının {number} numaralı eki UNNM Desktop dışında değiştirilmiş: {field} alanı artık imzalı içeriğiyle eşleşmiyor.</translation>
        </message>
        <message>
            <source>The stored content of addendum {number} to {reference} no longer matches its fingerprint: it was changed outside UNNM Desktop.</source>
            <translation>{reference} tutanağının {number} numaralı ekinin kayıtlı içeriği artık parmak iziyle eşleşmiyor: UNNM Desktop dışında değiştirilmiş.</translation>
        </message>
        <message>
            <source>The signed-off minutes that addendum {number} to {reference} belongs to (fingerprint {sha}) are no longer in this database as signed.</source>
            <translation>{reference} tutanağının {number} numaralı ekinin ait olduğu onaylanmış tutanak (parmak izi {sha}) artık bu veritabanında onaylandığı hâliyle bulunmuyor.</translation>
        </message>
        <message>
            <source>There is no decision “{ref}”.</source>
            <translation>“{ref}” diye bir karar yok.</translation>
        </message>
        <message>
            <source>There is no organisation “{acronym}” in the directory.</source>
            <translation>Rehberde “{acronym}” diye bir kuruluş yok.</translation>
        </message>
        <message>
            <source>{day} is before the meeting was held ({held_on}); a closure comes after the meeting.</source>
            <translation>{day}, toplantının yapıldığı tarihten ({held_on}) önce; bir sonuçlandırma toplantıdan sonra gelir.</translation>
        </message>
        <message>
            <source>{day} is in the future; record a closure once it has happened.</source>
            <translation>{day} ileri bir tarih; sonuçlandırmayı gerçekleştikten sonra kaydedin.</translation>
        </message>
        <message>
            <source>addendum {number} of this meeting already exists here as a different addendum.</source>
            <translation>bu toplantının {number} numaralı eki burada farklı bir ek olarak zaten var.</translation>
        </message>
        <message>
            <source>the addendum names a decision or a sign-off that this meeting's package does not carry.</source>
            <translation>ek, bu toplantının paketinde bulunmayan bir karara ya da onaya atıf yapıyor.</translation>
        </message>
        <message>
            <source>the addendum's signed content does not match its fingerprint: it was changed after signing.</source>
            <translation>ekin imzalı içeriği parmak iziyle eşleşmiyor: imzalandıktan sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>A phrase needs its text in English or in Turkish; to remove the phrase, delete it from the list.</source>
            <translation>Bir kalıp ifadenin İngilizce ya da Türkçe metni olmalıdır; ifadeyi kaldırmak için listeden silin.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Welcome, {name}. File → New meeting (Ctrl+N) starts one.</source>
            <translation>Hoş geldiniz, {name}. Dosya → Yeni toplantı (Ctrl+N) ile bir toplantı başlatın.</translation>
        </message>
        <message>
            <source>{count} demo meetings added; the people in them are fictional.</source>
            <translation>{count} örnek toplantı eklendi; bu toplantılardaki kişiler kurgusaldır.</translation>
        </message>
        <message>
            <source>{file} was not imported; Desk → Import meeting package tries again.</source>
            <translation>{file} içe aktarılmadı; yeniden denemek için Sekretarya → Toplantı paketini içe aktar komutunu kullanın.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to UNNM Desktop</source>
            <translation>UNNM Desktop'a hoş geldiniz</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to UNNM Desktop&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;UNNM Desktop'a hoş geldiniz&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Minutes and consensus decisions of the UN Network on Migration in Türkiye. Everything stays on this computer and is saved as you type; no network is needed.</source>
            <translation>BM Göç Ağı – Türkiye toplantılarının tutanakları ve uzlaşı ile alınan kararları. Her şey bu bilgisayarda kalır ve siz yazdıkça kaydedilir; ağ bağlantısı gerekmez.</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>&amp;Adınız</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Adınız</translation>
        </message>
        <message>
            <source>Recorded in the audit log with every change you make, and offered as a signatory when minutes are signed off. You can change it later in File, Settings.</source>
            <translation>Yaptığınız her değişiklikle birlikte denetim kaydına yazılır ve tutanak onaylanırken imzacı olarak önerilir. Daha sonra Dosya, Ayarlar bölümünden değiştirebilirsiniz.</translation>
        </message>
        <message>
            <source>e.g. Ayşe Yılmaz</source>
            <translation>ör. Ayşe Yılmaz</translation>
        </message>
        <message>
            <source>Recorded in the audit log with every change you make, and used at sign-off. File → Settings changes it later.</source>
            <translation>Yaptığınız her değişiklikle birlikte denetim kaydına yazılır ve onayda kullanılır. Daha sonra Dosya → Ayarlar bölümünden değiştirilebilir.</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>Arayüz &amp;dili</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Arayüz dili</translation>
        </message>
        <message>
            <source>The language of the menus and windows: English or Turkish.</source>
            <translation>Menülerin ve pencerelerin dili: İngilizce ya da Türkçe.</translation>
        </message>
        <message>
            <source>How do you want to start?</source>
            <translation>Nasıl başlamak istersiniz?</translation>
        </message>
        <message>
            <source>Start &amp;empty: create the first meeting myself (File → New meeting, Ctrl+N)</source>
            <translation>Bo&amp;ş başla: ilk toplantıyı kendim oluşturacağım (Dosya → Yeni toplantı, Ctrl+N)</translation>
        </message>
        <message>
            <source>Opens an empty database. Create a meeting with File, New meeting.</source>
            <translation>Boş bir veritabanı açar. Dosya, Yeni toplantı ile bir toplantı oluşturun.</translation>
        </message>
        <message>
            <source>Open the &amp;demo meetings: three meetings from the network's public record, with fictional people</source>
            <translation>&amp;Örnek toplantıları aç: ağın kamuya açık kayıtlarından üç toplantı, kurgusal kişilerle</translation>
        </message>
        <message>
            <source>Adds three example meetings to try the application with. Two are signed off, one is a draft.</source>
            <translation>Uygulamayı denemeniz için üç örnek toplantı ekler. İkisi onaylanmış, biri taslaktır.</translation>
        </message>
        <message>
            <source>&amp;Import a meeting package a colleague sent (.unnmpkg)…</source>
            <translation>Bir iş arkadaşınızın gönderdiği toplantı paketini &amp;içe aktar (.unnmpkg)…</translation>
        </message>
        <message>
            <source>Asks for the package file, then adds its meeting to this computer.</source>
            <translation>Paket dosyasını sorar, ardından içindeki toplantıyı bu bilgisayara ekler.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>İleti</translation>
        </message>
        <message>
            <source>Meeting packages (*.unnmpkg *.unnm.json);;All files (*)</source>
            <translation>Toplantı paketleri (*.unnmpkg *.unnm.json);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Başla</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Daha &amp;sonra</translation>
        </message>
        <message>
            <source>Type your name: it is recorded in the audit log with every change you make.</source>
            <translation>Adınızı yazın: yaptığınız her değişiklikle birlikte denetim kaydına yazılır.</translation>
        </message>
        <message>
            <source>Import a meeting package</source>
            <translation>Toplantı paketini içe aktar</translation>
        </message>
        <message>
            <source>No package chosen: choose the file, or another way to start.</source>
            <translation>Paket seçilmedi: dosyayı seçin ya da başka bir başlangıç yolu seçin.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>From</source>
            <translation>Kaynak</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Eylem</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Sorumlu</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Follow-up at this meeting</source>
            <translation>Bu toplantıdaki gelişme</translation>
        </message>
    </context>
    <context>
        <name>GcmModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Hedef</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Toplantılar</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Kararlar</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>Eylem maddeleri</translation>
        </message>
        <message>
            <source>Objective {number}, {title}: {meetings} meetings, {decisions} decisions, {actions} action points</source>
            <translation>Hedef {number}, {title}: {meetings} toplantı, {decisions} karar, {actions} eylem maddesi</translation>
        </message>
    </context>
    <context>
        <name>GcmReportDialog</name>
        <message>
            <source>GCM report</source>
            <translation>GCM raporu</translation>
        </message>
        <message>
            <source>Meetings &amp;from:</source>
            <translation>Dönem &amp;başı:</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Dönemin ilk günü</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>dönem &amp;sonu:</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Dönemin son günü</translation>
        </message>
        <message>
            <source>Totals for the period</source>
            <translation>Dönemin toplamları</translation>
        </message>
        <message>
            <source>&amp;Objectives (meetings, decisions and action points tagged with each):</source>
            <translation>&amp;Hedefler (her biriyle etiketlenen toplantılar, kararlar ve eylem maddeleri):</translation>
        </message>
        <message>
            <source>GCM objectives with counts</source>
            <translation>Sayılarıyla GCM hedefleri</translation>
        </message>
        <message>
            <source>For each of the 23 objectives of the Global Compact for Migration, how many meetings, decisions and action points of the period are tagged with it</source>
            <translation>Göç için Küresel Mutabakat'ın 23 hedefinin her biri için, dönemin kaç toplantısının, kararının ve eylem maddesinin o hedefle etiketlendiği</translation>
        </message>
        <message>
            <source>&amp;Details of the selected objective (Enter on a meeting opens it):</source>
            <translation>Seçili hedefin &amp;ayrıntıları (bir toplantının üzerinde Enter'a basınca toplantı açılır):</translation>
        </message>
        <message>
            <source>Meetings, decisions and action points of the selected objective</source>
            <translation>Seçili hedefin toplantıları, kararları ve eylem maddeleri</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Sayı</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Metin</translation>
        </message>
        <message>
            <source>Export to &amp;Word…</source>
            <translation>&amp;Word belgesi olarak dışa aktar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Tagged with an objective: {meetings} meetings, {decisions} decisions, {actions} action points</source>
            <translation>Bir hedefle etiketlenenler: {meetings} toplantı, {decisions} karar, {actions} eylem maddesi</translation>
        </message>
        <message>
            <source>Meetings ({count})</source>
            <translation>Toplantılar ({count})</translation>
        </message>
        <message>
            <source>Decisions ({count})</source>
            <translation>Kararlar ({count})</translation>
        </message>
        <message>
            <source>Action points ({count})</source>
            <translation>Eylem maddeleri ({count})</translation>
        </message>
        <message>
            <source>Export the GCM report to Word</source>
            <translation>GCM raporunu Word'e dışa aktar</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Word belgesi</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Dışa aktarılamadı</translation>
        </message>
        <message>
            <source>GCM report exported to {path}</source>
            <translation>GCM raporu dışa aktarıldı: {path}</translation>
        </message>
        <message>
            <source>nobody named</source>
            <translation>sorumlu belirtilmedi</translation>
        </message>
        <message>
            <source>{action} — {who}, due {date}, {status}</source>
            <translation>{action} — {who}, son tarih {date}, {status}</translation>
        </message>
        <message>
            <source>{action} — {who}, {status}</source>
            <translation>{action} — {who}, {status}</translation>
        </message>
    </context>
    <context>
        <name>InterventionDialog</name>
        <message>
            <source>Intervention stamp</source>
            <translation>Söz alma damgası</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Söz alan</translation>
        </message>
        <message>
            <source>Attendees matching what is typed</source>
            <translation>Yazılanla eşleşen katılımcılar</translation>
        </message>
        <message>
            <source>Enter stamps the highlighted name; ↑ above the first one keeps your own text.</source>
            <translation>Enter, vurgulanan adla damga ekler; ilk addayken ↑ tuşu kendi yazdığınız metne döner.</translation>
        </message>
        <message>
            <source>“{name}” is not one of the attendees. Press Enter again to stamp it as typed.</source>
            <translation>“{name}” katılımcılardan biri değil. Yazdığınız gibi damga eklemek için Enter'a yeniden basın.</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <source>The interface is now in {language}.</source>
            <translation>Arayüz dili artık {language}.</translation>
        </message>
    </context>
    <context>
        <name>LeaseBanner</name>
        <message>
            <source>Ta&amp;ke over editing</source>
            <translation>Düzenlemeyi &amp;devral</translation>
        </message>
        <message>
            <source>Edit this meeting here; the other desk turns read-only.</source>
            <translation>Bu toplantıyı burada düzenleyin; diğer masa salt okunur olur.</translation>
        </message>
        <message>
            <source>Editing of this meeting</source>
            <translation>Bu toplantının düzenlenmesi</translation>
        </message>
    </context>
    <context>
        <name>LeaseWatch</name>
        <message>
            <source>Could not take over editing ({error}).</source>
            <translation>Düzenleme devralınamadı ({error}).</translation>
        </message>
        <message>
            <source>Take over editing</source>
            <translation>Düzenlemeyi devral</translation>
        </message>
        <message>
            <source>{who} is editing this meeting. If you take over, that desk saves what was typed there and turns read-only, and you edit the meeting here. Take over editing?</source>
            <translation>{who} bu toplantıyı düzenliyor. Devralırsanız o masa orada yazılanları kaydeder ve salt okunur olur; toplantıyı siz burada düzenlersiniz. Düzenleme devralınsın mı?</translation>
        </message>
        <message>
            <source>Ta&amp;ke over</source>
            <translation>&amp;Devral</translation>
        </message>
        <message>
            <source>The meeting is free again: you can edit it here.</source>
            <translation>Toplantı yeniden serbest: burada düzenleyebilirsiniz.</translation>
        </message>
        <message>
            <source>Another desk</source>
            <translation>Başka bir masa</translation>
        </message>
        <message>
            <source>{name} on {host}</source>
            <translation>{host} üzerinde {name}</translation>
        </message>
        <message>
            <source>Being edited on another desk. It is read-only here.</source>
            <translation>Başka bir masada düzenleniyor. Burada salt okunur.</translation>
        </message>
        <message>
            <source>{name} on {host} took over editing at {time}; what you typed was saved. It is read-only here.</source>
            <translation>{host} üzerinde {name}, düzenlemeyi {time} saatinde devraldı; yazdıklarınız kaydedildi. Burada salt okunur.</translation>
        </message>
        <message>
            <source>Being edited by {name} on {host} since {time}. It is read-only here.</source>
            <translation>{time} saatinden beri {host} üzerinde {name} tarafından düzenleniyor. Burada salt okunur.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Toplantılar&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Search meetings (Ctrl+F)</source>
            <translation>Toplantılarda ara (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search meetings</source>
            <translation>Toplantılarda ara</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Toplantılar</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Tüm değişiklikler kaydedildi</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Kayıt durumu</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Kaydedildi: {time}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Dosya</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Yeni toplantı…</translation>
        </message>
        <message>
            <source>&amp;People &amp;&amp; organisations…</source>
            <translation>&amp;Kişiler ve kuruluşlar…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ayarlar…</translation>
        </message>
        <message>
            <source>Connect to a ser&amp;ver…</source>
            <translation>Sunucuya &amp;bağlan…</translation>
        </message>
        <message>
            <source>S&amp;ynchronise…</source>
            <translation>&amp;Eşitle…</translation>
        </message>
        <message>
            <source>&amp;Review sync conflicts…</source>
            <translation>Eşitleme çakışmalarını &amp;gözden geçir…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Çık</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Git</translation>
        </message>
        <message>
            <source>Find &amp;meeting</source>
            <translation>&amp;Toplantı bul</translation>
        </message>
        <message>
            <source>&amp;Add a person</source>
            <translation>Kişi &amp;ekle</translation>
        </message>
        <message>
            <source>Mark selected as present</source>
            <translation>Seçilenleri katıldı olarak işaretle</translation>
        </message>
        <message>
            <source>Mark selected as remote</source>
            <translation>Seçilenleri çevrim içi olarak işaretle</translation>
        </message>
        <message>
            <source>Mark selected as apologies</source>
            <translation>Seçilenleri mazeretli olarak işaretle</translation>
        </message>
        <message>
            <source>Mark selected as absent</source>
            <translation>Seçilenleri katılmadı olarak işaretle</translation>
        </message>
        <message>
            <source>Ag&amp;enda</source>
            <translation>G&amp;ündem</translation>
        </message>
        <message>
            <source>Add &amp;standing items</source>
            <translation>&amp;Sabit gündem maddelerini ekle</translation>
        </message>
        <message>
            <source>Move item &amp;up</source>
            <translation>Maddeyi &amp;yukarı taşı</translation>
        </message>
        <message>
            <source>Move item &amp;down</source>
            <translation>Maddeyi &amp;aşağı taşı</translation>
        </message>
        <message>
            <source>&amp;Previous item</source>
            <translation>Önc&amp;eki madde</translation>
        </message>
        <message>
            <source>&amp;Next item</source>
            <translation>So&amp;nraki madde</translation>
        </message>
        <message>
            <source>Start/stop &amp;timer</source>
            <translation>&amp;Zamanlayıcıyı başlat/durdur</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notlar</translation>
        </message>
        <message>
            <source>Insert &amp;intervention stamp…</source>
            <translation>&amp;Söz alma damgası ekle…</translation>
        </message>
        <message>
            <source>Insert a &amp;phrase…</source>
            <translation>&amp;Kalıp ifade ekle…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Yinele</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>Ka&amp;rarlar</translation>
        </message>
        <message>
            <source>&amp;Add decision</source>
            <translation>Karar &amp;ekle</translation>
        </message>
        <message>
            <source>Take the &amp;suggested outcome</source>
            <translation>Ö&amp;nerilen sonucu uygula</translation>
        </message>
        <message>
            <source>All present &amp;join</source>
            <translation>&amp;Hazır bulunanların tümü uzlaşıya katılıyor</translation>
        </message>
        <message>
            <source>&amp;GCM objectives of the decision…</source>
            <translation>Kararın &amp;GCM hedefleri…</translation>
        </message>
        <message>
            <source>Insert the c&amp;hair's summary</source>
            <translation>Başkanın ö&amp;zetini ekle</translation>
        </message>
        <message>
            <source>Ac&amp;tions</source>
            <translation>&amp;Eylemler</translation>
        </message>
        <message>
            <source>&amp;Add action point</source>
            <translation>&amp;Eylem maddesi ekle</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Yardım</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Kullanım kılavuzu</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Klavye kı&amp;sayolları</translation>
        </message>
        <message>
            <source>&amp;About UNNM Desktop</source>
            <translation>UNNM Desktop &amp;hakkında</translation>
        </message>
        <message>
            <source>{title} — {reference}  [signed off — read only] — {app}</source>
            <translation>{title} — {reference}  [onaylandı — salt okunur] — {app}</translation>
        </message>
        <message>
            <source>{title} — {reference} — {app}</source>
            <translation>{title} — {reference} — {app}</translation>
        </message>
        <message>
            <source>Who takes the floor?</source>
            <translation>Söz alan kim?</translation>
        </message>
        <message>
            <source>{app} cannot open the database</source>
            <translation>{app} veritabanını açamıyor</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Yeni toplantı</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting of this series…</source>
            <translation>Bu dizinin so&amp;nraki toplantısı…</translation>
        </message>
        <message>
            <source>Next meeting of this series</source>
            <translation>Bu dizinin sonraki toplantısı</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Toplantı</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Ayrıntılar</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Ayrıntılar</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Başlık</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlık</translation>
        </message>
        <message>
            <source>Re&amp;ference</source>
            <translation>&amp;Sayı</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Sayı</translation>
        </message>
        <message>
            <source>Se&amp;ries</source>
            <translation>&amp;Dizi</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Dizi</translation>
        </message>
        <message>
            <source>Num&amp;ber in series</source>
            <translation>Dizideki n&amp;umarası</translation>
        </message>
        <message>
            <source>Number in series</source>
            <translation>Dizideki numarası</translation>
        </message>
        <message>
            <source>&amp;Start (Istanbul time)</source>
            <translation>Başlangıç (&amp;İstanbul saati)</translation>
        </message>
        <message>
            <source>Start (Istanbul time)</source>
            <translation>Başlangıç (İstanbul saati)</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>Bi&amp;tiş</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Bitiş</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>K&amp;onum</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Konum</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>To&amp;plantı yeri</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Toplantı yeri</translation>
        </message>
        <message>
            <source>&amp;Modality</source>
            <translation>Toplantı bi&amp;çimi</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Toplantı biçimi</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the minutes</source>
            <translation>Tutanağın di&amp;li</translation>
        </message>
        <message>
            <source>Language of the minutes</source>
            <translation>Tutanağın dili</translation>
        </message>
        <message>
            <source>Event cate&amp;gory</source>
            <translation>Etkinlik t&amp;ürü</translation>
        </message>
        <message>
            <source>Event category</source>
            <translation>Etkinlik türü</translation>
        </message>
        <message>
            <source>Main or&amp;ganisers</source>
            <translation>Ana dü&amp;zenleyiciler</translation>
        </message>
        <message>
            <source>Main organisers</source>
            <translation>Ana düzenleyiciler</translation>
        </message>
        <message>
            <source>Target a&amp;udience</source>
            <translation>&amp;Hedef kitle</translation>
        </message>
        <message>
            <source>Target audience</source>
            <translation>Hedef kitle</translation>
        </message>
        <message>
            <source>Geographic sc&amp;ope</source>
            <translation>&amp;Coğrafi kapsam</translation>
        </message>
        <message>
            <source>Geographic scope</source>
            <translation>Coğrafi kapsam</translation>
        </message>
        <message>
            <source>Sub-regio&amp;n</source>
            <translation>Alt b&amp;ölge</translation>
        </message>
        <message>
            <source>Sub-region</source>
            <translation>Alt bölge</translation>
        </message>
        <message>
            <source>&amp;Workstream output</source>
            <translation>Çalış&amp;ma kolu çıktısı</translation>
        </message>
        <message>
            <source>Workstream output</source>
            <translation>Çalışma kolu çıktısı</translation>
        </message>
        <message>
            <source>&amp;Chair</source>
            <translation>Ba&amp;şkan</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Başkan</translation>
        </message>
        <message>
            <source>R&amp;apporteur</source>
            <translation>&amp;Raportör</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>Raportör</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting (YYYY-MM-DD)</source>
            <translation>Sonra&amp;ki toplantı (YYYY-AA-GG)</translation>
        </message>
        <message>
            <source>Next meeting (YYYY-MM-DD)</source>
            <translation>Sonraki toplantı (YYYY-AA-GG)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Status of the minutes</source>
            <translation>Tutanağın durumu</translation>
        </message>
        <message>
            <source>GCM &amp;objectives addressed</source>
            <translation>Ele alınan GCM hede&amp;fleri</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>GCM hedefleri</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Katılım</translation>
        </message>
        <message>
            <source>Attendance message</source>
            <translation>Katılım iletisi</translation>
        </message>
        <message>
            <source>Ne&amp;w person…</source>
            <translation>Yeni ki&amp;şi…</translation>
        </message>
        <message>
            <source>Pos&amp;itions (one row per attending organisation)</source>
            <translation>Tutumlar (katılan her kuruluş &amp;için bir satır)</translation>
        </message>
        <message>
            <source>All present join</source>
            <translation>Hazır bulunanların tümü uzlaşıya katılıyor</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>&amp;Katılım</translation>
        </message>
        <message>
            <source>Add a person: type a name, organisation or acronym, then Enter</source>
            <translation>Kişi ekleyin: bir ad, kuruluş ya da kısaltma yazıp Enter'a basın</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>Katılımcı ekle</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Yeni kişi</translation>
        </message>
        <message>
            <source>For the selected rows:</source>
            <translation>Seçili satırlar için:</translation>
        </message>
        <message>
            <source>Status for the selected rows</source>
            <translation>Seçili satırlar için durum</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>&amp;Durumu uygula</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Durumu uygula</translation>
        </message>
        <message>
            <source>Role for the selected rows</source>
            <translation>Seçili satırlar için rol</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>R&amp;olü uygula</translation>
        </message>
        <message>
            <source>Set role</source>
            <translation>Rolü uygula</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Çıkar</translation>
        </message>
        <message>
            <source>Remove from attendance</source>
            <translation>Katılımdan çıkar</translation>
        </message>
        <message>
            <source>Attendance counts</source>
            <translation>Katılım sayıları</translation>
        </message>
        <message>
            <source>Agenda and notes</source>
            <translation>Gündem ve notlar</translation>
        </message>
        <message>
            <source>A&amp;genda &amp;&amp; notes</source>
            <translation>&amp;Gündem ve notlar</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Gündem maddeleri</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Madde ekle</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Gündem maddesi ekle</translation>
        </message>
        <message>
            <source>Standin&amp;g items</source>
            <translation>&amp;Sabit maddeler</translation>
        </message>
        <message>
            <source>Add standing items</source>
            <translation>Sabit gündem maddelerini ekle</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Kal&amp;dır</translation>
        </message>
        <message>
            <source>Remove agenda item</source>
            <translation>Gündem maddesini kaldır</translation>
        </message>
        <message>
            <source>Item &amp;title</source>
            <translation>Madde &amp;başlığı</translation>
        </message>
        <message>
            <source>Agenda item title</source>
            <translation>Gündem maddesinin başlığı</translation>
        </message>
        <message>
            <source>&amp;Planned minutes</source>
            <translation>&amp;Planlanan süre (dk)</translation>
        </message>
        <message>
            <source>Planned minutes</source>
            <translation>Planlanan süre (dk)</translation>
        </message>
        <message>
            <source>Start &amp;timer</source>
            <translation>&amp;Zamanlayıcıyı başlat</translation>
        </message>
        <message>
            <source>Start or stop the timer</source>
            <translation>Zamanlayıcıyı başlat ya da durdur</translation>
        </message>
        <message>
            <source>0:00 of 0 min</source>
            <translation>0:00 / 0 dk</translation>
        </message>
        <message>
            <source>Time spent on the item</source>
            <translation>Maddeye harcanan süre</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Notlar&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Notes for the selected agenda item</source>
            <translation>Seçili gündem maddesinin notları</translation>
        </message>
        <message>
            <source>&lt;b&gt;Earlier action points&lt;/b&gt; (follow-up recorded at this meeting; edit the Status and Follow-up cells)</source>
            <translation>&lt;b&gt;Önceki eylem maddeleri&lt;/b&gt; (bu toplantıda kaydedilen gelişme; Durum ve Gelişme hücrelerini düzenleyin)</translation>
        </message>
        <message>
            <source>Follow-up of earlier action points</source>
            <translation>Önceki eylem maddelerindeki gelişme</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Kararlar</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>Ka&amp;rarlar</translation>
        </message>
        <message>
            <source>Decisions of the item</source>
            <translation>Maddenin kararları</translation>
        </message>
        <message>
            <source>A&amp;dd decision</source>
            <translation>Karar ek&amp;le</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>Karar ekle</translation>
        </message>
        <message>
            <source>Remove decision</source>
            <translation>Kararı kaldır</translation>
        </message>
        <message>
            <source>Decision &amp;text</source>
            <translation>Karar &amp;metni</translation>
        </message>
        <message>
            <source>Decision text</source>
            <translation>Karar metni</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Usul</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Usul</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Sonuç</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Sonuç</translation>
        </message>
        <message>
            <source>C&amp;hair's note</source>
            <translation>&amp;Başkanın notu</translation>
        </message>
        <message>
            <source>Chair's note</source>
            <translation>Başkanın notu</translation>
        </message>
        <message>
            <source>Deferred &amp;to</source>
            <translation>Er&amp;telendiği toplantı ya da tarih</translation>
        </message>
        <message>
            <source>Deferred to</source>
            <translation>Ertelendiği toplantı ya da tarih</translation>
        </message>
        <message>
            <source>G&amp;CM objectives</source>
            <translation>G&amp;CM hedefleri</translation>
        </message>
        <message>
            <source>GCM objectives of the decision</source>
            <translation>Kararın GCM hedefleri</translation>
        </message>
        <message>
            <source>Why the outcome is refused</source>
            <translation>Sonucun neden reddedildiği</translation>
        </message>
        <message>
            <source>Suggested outcome</source>
            <translation>Önerilen sonuç</translation>
        </message>
        <message>
            <source>Positions of the organisations</source>
            <translation>Kuruluşların tutumları</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>Eylem maddeleri</translation>
        </message>
        <message>
            <source>Action &amp;points</source>
            <translation>&amp;Eylem maddeleri</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action points of this meeting&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bu toplantının eylem maddeleri&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add a&amp;ction</source>
            <translation>Eyle&amp;m ekle</translation>
        </message>
        <message>
            <source>Add action point</source>
            <translation>Eylem maddesi ekle</translation>
        </message>
        <message>
            <source>Remove action point</source>
            <translation>Eylem maddesini kaldır</translation>
        </message>
        <message>
            <source>&lt;b&gt;Matters arising&lt;/b&gt;: follow-up of earlier action points</source>
            <translation>&lt;b&gt;Önceki toplantıdan doğan konular&lt;/b&gt;: önceki eylem maddelerindeki gelişme</translation>
        </message>
    </context>
    <context>
        <name>MarkDoneDialog</name>
        <message>
            <source>Mark the action point done</source>
            <translation>Eylem maddesini tamamlandı olarak işaretle</translation>
        </message>
        <message>
            <source>Done &amp;on:</source>
            <translation>&amp;Tamamlanma tarihi:</translation>
        </message>
        <message>
            <source>Date done</source>
            <translation>Tamamlanma tarihi</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Not:</translation>
        </message>
        <message>
            <source>Completion note</source>
            <translation>Tamamlanma notu</translation>
        </message>
        <message>
            <source>What was done, for the record (optional)</source>
            <translation>Kayda geçmesi için yapılanlar (isteğe bağlı)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Sorun</translation>
        </message>
        <message>
            <source>Set at {reference}.</source>
            <translation>{reference} toplantısında belirlendi.</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Tamamlandı olarak işa&amp;retle</translation>
        </message>
    </context>
    <context>
        <name>MinutesMenu</name>
        <message>
            <source>Word document in {language} (*.docx)</source>
            <translation>{language} Word belgesi (*.docx)</translation>
        </message>
        <message>
            <source>PDF document in {language} (*.pdf)</source>
            <translation>{language} PDF belgesi (*.pdf)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>İngilizce</translation>
        </message>
        <message>
            <source>Turkish (Türkçe)</source>
            <translation>Türkçe</translation>
        </message>
        <message>
            <source>Export {reference} to a Word document</source>
            <translation>{reference} tutanağını Word belgesi olarak dışa aktar</translation>
        </message>
        <message>
            <source>Export {reference} to a PDF document</source>
            <translation>{reference} tutanağını PDF belgesi olarak dışa aktar</translation>
        </message>
        <message>
            <source>Export {reference} to a Word or PDF document</source>
            <translation>{reference} tutanağını Word ya da PDF belgesi olarak dışa aktar</translation>
        </message>
        <message>
            <source>Export revision {version} of {reference} to a Word document</source>
            <translation>{reference} tutanağının {version} numaralı revizyonunu Word belgesi olarak dışa aktar</translation>
        </message>
        <message>
            <source>Export revision {version} of {reference} to a PDF document</source>
            <translation>{reference} tutanağının {version} numaralı revizyonunu PDF belgesi olarak dışa aktar</translation>
        </message>
        <message>
            <source>Export revision {version} of {reference} to a Word or PDF document</source>
            <translation>{reference} tutanağının {version} numaralı revizyonunu Word ya da PDF belgesi olarak dışa aktar</translation>
        </message>
        <message>
            <source>&amp;Minutes</source>
            <translation>&amp;Tutanak</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Tutanak</translation>
        </message>
        <message>
            <source>Export to &amp;Word…</source>
            <translation>&amp;Word belgesi olarak dışa aktar…</translation>
        </message>
        <message>
            <source>Export to P&amp;DF…</source>
            <translation>&amp;PDF belgesi olarak dışa aktar…</translation>
        </message>
        <message>
            <source>E&amp;xport addendum…</source>
            <translation>Eki dı&amp;şa aktar…</translation>
        </message>
        <message>
            <source>Intervention stamps as pr&amp;ose</source>
            <translation>Söz alma damgaları düz &amp;metin olarak</translation>
        </message>
        <message>
            <source>Exported and printed minutes write “10:42 — PMM: …” as “The representative of PMM: …”; the notes are unchanged, and a signed-off export still verifies.</source>
            <translation>Dışa aktarılan ve basılan tutanak “10:42 — PMM: …” yerine “PMM temsilcisi: …” yazar; notlar değişmez ve onaylanmış bir dışa aktarım yine doğrulanır.</translation>
        </message>
        <message>
            <source>Print pr&amp;eview…</source>
            <translation>Baskı ö&amp;nizleme…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Yazdır…</translation>
        </message>
        <message>
            <source>&amp;Circulate draft for comments…</source>
            <translation>Taslağı görüşe &amp;sun…</translation>
        </message>
        <message>
            <source>&amp;Sign off…</source>
            <translation>&amp;Onayla…</translation>
        </message>
        <message>
            <source>&amp;Reopen for revision…</source>
            <translation>Düzeltme için yeniden &amp;aç…</translation>
        </message>
        <message>
            <source>Revision &amp;history…</source>
            <translation>Revizyon &amp;geçmişi…</translation>
        </message>
        <message>
            <source>&amp;Verify a Word file…</source>
            <translation>Word dosyasını &amp;doğrula…</translation>
        </message>
        <message>
            <source>Only signed-off minutes have addenda.</source>
            <translation>Yalnızca onaylanmış tutanakların ekleri olur.</translation>
        </message>
        <message>
            <source>Select a meeting first.</source>
            <translation>Önce bir toplantı seçin.</translation>
        </message>
        <message>
            <source>These minutes are signed off and locked; reopen them for revision to change them.</source>
            <translation>Bu tutanak onaylandı ve kilitlendi; değiştirmek istiyorsanız önce düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>Only signed-off minutes are reopened; these are not signed off.</source>
            <translation>Yalnızca onaylanmış tutanak yeniden açılır; bu tutanak onaylanmış değil.</translation>
        </message>
        <message>
            <source>Word template missing</source>
            <translation>Word şablonu bulunamadı</translation>
        </message>
        <message>
            <source>The Word template {template} chosen in File → Settings… cannot be found. Choose it again there, or use the built-in template.</source>
            <translation>Dosya → Ayarlar… bölümünde seçilen Word şablonu ({template}) bulunamıyor. Şablonu orada yeniden seçin ya da yerleşik şablonu kullanın.</translation>
        </message>
        <message>
            <source>{problem}

Save as “{name}” instead?</source>
            <translation>{problem}

Bunun yerine “{name}” adıyla kaydedilsin mi?</translation>
        </message>
        <message>
            <source>File in use</source>
            <translation>Dosya kullanımda</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Dışa aktarılamadı</translation>
        </message>
        <message>
            <source>Minutes exported to {path}</source>
            <translation>Tutanak dışa aktarıldı: {path}</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Yazdırılamadı</translation>
        </message>
        <message>
            <source>Print preview — {reference}</source>
            <translation>Baskı önizleme — {reference}</translation>
        </message>
        <message>
            <source>Print {reference}</source>
            <translation>Yazdır: {reference}</translation>
        </message>
        <message>
            <source>{reference} sent to the printer.</source>
            <translation>{reference} yazıcıya gönderildi.</translation>
        </message>
        <message>
            <source>Circulate</source>
            <translation>Görüşe sun</translation>
        </message>
        <message>
            <source>Signed-off minutes are not circulated again; reopen them for revision first.</source>
            <translation>Onaylanmış tutanak yeniden görüşe sunulmaz; önce düzeltme için yeniden açın.</translation>
        </message>
        <message>
            <source>Circulate draft for comments</source>
            <translation>Taslağı görüşe sun</translation>
        </message>
        <message>
            <source>Circulate “{title}” ({reference}) for comments?

It becomes draft revision {revision}; exports are marked DRAFT with that number until the minutes are signed off.</source>
            <translation>“{title}” ({reference}) görüşe sunulsun mu?

Tutanak, {revision} numaralı taslak revizyon olur; tutanak onaylanana kadar dışa aktarılan belgeler bu numarayla TASLAK olarak işaretlenir.</translation>
        </message>
        <message>
            <source>{reference} circulated for comments as draft revision {revision}.</source>
            <translation>{reference}, taslak revizyon {revision} olarak görüşe sunuldu.</translation>
        </message>
        <message>
            <source>Export the draft</source>
            <translation>Taslağı dışa aktar</translation>
        </message>
        <message>
            <source>Export draft revision {revision} as a Word document to send for comments now?</source>
            <translation>Görüşe sunmak için taslak revizyon {revision} şimdi Word belgesi olarak dışa aktarılsın mı?</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Onayla</translation>
        </message>
        <message>
            <source>{reference} is already signed off (revision {revision}).</source>
            <translation>{reference} zaten onaylandı (revizyon {revision}).</translation>
        </message>
        <message>
            <source>{reference} signed off as revision {revision} (fingerprint {fingerprint}); the minutes are now read only.</source>
            <translation>{reference}, revizyon {revision} olarak onaylandı (parmak izi {fingerprint}); tutanak artık salt okunur.</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Onaylandı</translation>
        </message>
        <message>
            <source>The minutes are signed off and locked.

Export them as a Word document now?</source>
            <translation>Tutanak onaylandı ve kilitlendi.

Şimdi Word belgesi olarak dışa aktarılsın mı?</translation>
        </message>
        <message>
            <source>{name} is typing these minutes on {host} (since {time}). Sign them off when they have finished, or take over editing first.</source>
            <translation>{name}, bu tutanağı {host} üzerinde yazıyor ({time} saatinden beri). Yazmayı bitirdiğinde onaylayın ya da önce düzenlemeyi devralın.</translation>
        </message>
        <message>
            <source>Reopen for revision</source>
            <translation>Düzeltme için yeniden aç</translation>
        </message>
        <message>
            <source>Only signed-off minutes are reopened for revision.</source>
            <translation>Düzeltme için yalnızca onaylanmış tutanak yeniden açılabilir.</translation>
        </message>
        <message>
            <source>{reference} reopened as revision {revision}; signed-off revision {signed} stays in the revision history.</source>
            <translation>{reference}, revizyon {revision} olarak yeniden açıldı; onaylanan revizyon {signed} revizyon geçmişinde kalıyor.</translation>
        </message>
        <message>
            <source>Verify a Word file</source>
            <translation>Word dosyasını doğrula</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word belgeleri (*.docx)</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Doğrulandı</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Doğrulanamadı</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Ayarlar kaydedildi.</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>Yeni toplantı</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Başlık</translation>
        </message>
        <message>
            <source>Meeting title</source>
            <translation>Toplantı başlığı</translation>
        </message>
        <message>
            <source>&amp;Start (Istanbul time)</source>
            <translation>Başlan&amp;gıç (İstanbul saati)</translation>
        </message>
        <message>
            <source>Start date and time</source>
            <translation>Başlangıç tarihi ve saati</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Konum</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Konum</translation>
        </message>
        <message>
            <source>Minutes lan&amp;guage</source>
            <translation>Tutanağın &amp;dili</translation>
        </message>
        <message>
            <source>Language of the minutes</source>
            <translation>Tutanağın dili</translation>
        </message>
        <message>
            <source>The language the minutes are written and exported in; the standing agenda items are titled in it.</source>
            <translation>Tutanağın yazıldığı ve dışa aktarıldığı dil; sabit gündem maddelerinin başlıkları da bu dilde olur.</translation>
        </message>
        <message>
            <source>As the &amp;next meeting of the selected meeting's series (copies attendees as expected, standing items, open action points)</source>
            <translation>Seçili toplantının dizisindeki &amp;sonraki toplantı olarak (katılımcıları “bekleniyor” durumunda, sabit gündem maddelerini ve açık eylem maddelerini kopyalar)</translation>
        </message>
        <message>
            <source>Selected meeting: {meeting}</source>
            <translation>Seçili toplantı: {meeting}</translation>
        </message>
        <message>
            <source>A title is needed, e.g. UNNM Türkiye network meeting</source>
            <translation>Bir başlık gerekli, ör. UNNM Türkiye ağ toplantısı</translation>
        </message>
    </context>
    <context>
        <name>NewOrganisationDialog</name>
        <message>
            <source>Already in the directory, perhaps the same: {organisations}. Cancel (Esc) to choose it.</source>
            <translation>Rehberde zaten var, aynı kuruluş olabilir: {organisations}. Onu seçmek için vazgeçin (Esc).</translation>
        </message>
        <message>
            <source>{acronym} is already in the directory ({name}); choose it instead, or type another acronym.</source>
            <translation>{acronym} zaten rehberde ({name}); bunun yerine onu seçin ya da başka bir kısaltma yazın.</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Yeni kuruluş</translation>
        </message>
        <message>
            <source>&amp;Acronym</source>
            <translation>&amp;Kısaltma</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Kısaltma</translation>
        </message>
        <message>
            <source>&amp;English name</source>
            <translation>İngili&amp;zce ad</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>İngilizce ad</translation>
        </message>
        <message>
            <source>&amp;Turkish name</source>
            <translation>Tü&amp;rkçe ad</translation>
        </message>
        <message>
            <source>Turkish name</source>
            <translation>Türkçe ad</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tür</translation>
        </message>
        <message>
            <source>Kind of organisation</source>
            <translation>Kuruluş türü</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Yeni kişi</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;Adı soyadı</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Adı soyadı</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Kuruluş</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <source>Ne&amp;w organisation…</source>
            <translation>&amp;Yeni kuruluş…</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Yeni kuruluş</translation>
        </message>
        <message>
            <source>&amp;Title or function</source>
            <translation>&amp;Unvan ya da görev</translation>
        </message>
        <message>
            <source>Title or function</source>
            <translation>Unvan ya da görev</translation>
        </message>
        <message>
            <source>&amp;E-mail (optional)</source>
            <translation>&amp;E-posta (isteğe bağlı)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <source>{acronym} added to the directory.</source>
            <translation>{acronym} rehbere eklendi.</translation>
        </message>
        <message>
            <source>{typed} is not in the directory; pick an organisation from the list or create it.</source>
            <translation>{typed} rehberde yok; listeden bir kuruluş seçin ya da bu kuruluşu oluşturun.</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesDialog</name>
        <message>
            <source>GCM objectives of the decision</source>
            <translation>Kararın GCM hedefleri</translation>
        </message>
        <message>
            <source>Objective &amp;numbers, separated by commas (1 to 23):</source>
            <translation>Hedef &amp;numaraları, virgülle ayrılmış (1 ile 23 arası):</translation>
        </message>
        <message>
            <source>GCM objective numbers</source>
            <translation>GCM hedef numaraları</translation>
        </message>
        <message>
            <source>Type the numbers, for example 1, 23, then Enter.</source>
            <translation>Numaraları yazın, örneğin 1, 23, sonra Enter'a basın.</translation>
        </message>
        <message>
            <source>Suggested: the objectives of the meeting.</source>
            <translation>Önerilen: toplantının hedefleri.</translation>
        </message>
        <message>
            <source>Or &amp;tick them in the list (Space):</source>
            <translation>Ya da &amp;listede işaretleyin (Boşluk tuşu):</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>GCM hedefleri</translation>
        </message>
        <message>
            <source>The 23 objectives of the Global Compact for Migration.</source>
            <translation>Göç için Küresel Mutabakat'ın 23 hedefi.</translation>
        </message>
        <message>
            <source>“{token}” is not a GCM objective: the objectives are numbered 1 to 23.</source>
            <translation>“{token}” bir GCM hedefi değil: hedefler 1'den 23'e kadar numaralıdır.</translation>
        </message>
    </context>
    <context>
        <name>OrganizationTableModel</name>
        <message>
            <source>Saved the acronym of {organisation} at {time}.</source>
            <translation>{organisation} kuruluşunun kısaltması kaydedildi ({time}).</translation>
        </message>
        <message>
            <source>Saved the English name of {organisation} at {time}.</source>
            <translation>{organisation} kuruluşunun İngilizce adı kaydedildi ({time}).</translation>
        </message>
        <message>
            <source>Saved the Turkish name of {organisation} at {time}.</source>
            <translation>{organisation} kuruluşunun Türkçe adı kaydedildi ({time}).</translation>
        </message>
        <message>
            <source>Saved the kind of {organisation} at {time}.</source>
            <translation>{organisation} kuruluşunun türü kaydedildi ({time}).</translation>
        </message>
    </context>
    <context>
        <name>PackageDialogs</name>
        <message>
            <source>Will be added</source>
            <translation>Eklenecek</translation>
        </message>
        <message>
            <source>Will be updated</source>
            <translation>Güncellenecek</translation>
        </message>
        <message>
            <source>Will be replaced by the package's version</source>
            <translation>Paketteki sürümle değiştirilecek</translation>
        </message>
        <message>
            <source>Unchanged — already here</source>
            <translation>Değişiklik yok — zaten burada</translation>
        </message>
        <message>
            <source>Kept — this database has a newer version</source>
            <translation>Korunacak — bu veritabanında daha yeni bir sürüm var</translation>
        </message>
        <message>
            <source>Conflict — left as it is here</source>
            <translation>Çakışma — buradaki sürüm olduğu gibi bırakılacak</translation>
        </message>
        <message>
            <source>Will be merged field by field</source>
            <translation>Alan alan birleştirilecek</translation>
        </message>
        <message>
            <source>added</source>
            <translation>eklendi</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>güncellendi</translation>
        </message>
        <message>
            <source>replaced</source>
            <translation>değiştirildi</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>değişmedi</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>korundu</translation>
        </message>
        <message>
            <source>left as it is (conflict)</source>
            <translation>olduğu gibi bırakıldı (çakışma)</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>birleştirildi</translation>
        </message>
        <message>
            <source>{taken} fields taken from the package; {questions} questions wait for review</source>
            <translation>paketten {taken} alan alındı; {questions} soru incelemeyi bekliyor</translation>
        </message>
        <message>
            <source>merged ({taken} fields taken from the package; {questions} questions wait for review)</source>
            <translation>birleştirildi (paketten {taken} alan alındı; {questions} soru incelemeyi bekliyor)</translation>
        </message>
        <message>
            <source>Questions wait: fields changed differently here and in the package keep this database's value until answered in File → Review sync conflicts….</source>
            <translation>Sorular bekliyor: burada ve pakette farklı değiştirilen alanlar, Dosya → Eşitleme çakışmalarını incele… içinde yanıtlanana kadar bu veritabanındaki değeri korur.</translation>
        </message>
        <message>
            <source>Select a meeting first.</source>
            <translation>Önce bir toplantı seçin.</translation>
        </message>
        <message>
            <source>Export meeting package</source>
            <translation>Toplantı paketini dışa aktar</translation>
        </message>
        <message>
            <source>Export {reference} as a meeting package</source>
            <translation>{reference} toplantısını toplantı paketi olarak dışa aktar</translation>
        </message>
        <message>
            <source>Meeting packages</source>
            <translation>Toplantı paketleri</translation>
        </message>
        <message>
            <source>{reference} written to the package {file}</source>
            <translation>{reference} şu pakete yazıldı: {file}</translation>
        </message>
        <message>
            <source>Import a meeting package</source>
            <translation>Bir toplantı paketini içe aktar</translation>
        </message>
        <message>
            <source>Meeting packages (*.unnmpkg *.unnm.json *.json);;All files (*)</source>
            <translation>Toplantı paketleri (*.unnmpkg *.unnm.json *.json);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>Import meeting package</source>
            <translation>Toplantı paketini içe aktar</translation>
        </message>
        <message>
            <source>Package imported: {file}</source>
            <translation>Paket içe aktarıldı: {file}</translation>
        </message>
        <message>
            <source>{reference} “{title}”: {result}.</source>
            <translation>{reference} “{title}”: {result}.</translation>
        </message>
        <message>
            <source>People: {added} added, {reused} already here.</source>
            <translation>Kişiler: {added} eklendi, {reused} zaten vardı.</translation>
        </message>
        <message>
            <source>Organisations: {added} added, {reused} already here.</source>
            <translation>Kuruluşlar: {added} eklendi, {reused} zaten vardı.</translation>
        </message>
        <message>
            <source>Earlier meetings added as placeholders: {references}.</source>
            <translation>Yer tutucu olarak eklenen önceki toplantılar: {references}.</translation>
        </message>
        <message>
            <source>Earlier action points whose progress was updated: {count}.</source>
            <translation>Gelişmesi güncellenen önceki eylem maddeleri: {count}.</translation>
        </message>
        <message>
            <source>Phrases of the phrase bank added or updated: {count}.</source>
            <translation>Eklenen ya da güncellenen kalıp ifadeler: {count}.</translation>
        </message>
        <message>
            <source>Backup made before replacing: {file}</source>
            <translation>Değiştirmeden önce alınan yedek: {file}</translation>
        </message>
        <message>
            <source>Note: {warning}</source>
            <translation>Not: {warning}</translation>
        </message>
        <message>
            <source>{date_time} (Istanbul time)</source>
            <translation>{date_time} (İstanbul saati)</translation>
        </message>
    </context>
    <context>
        <name>PackageImportDialog</name>
        <message>
            <source>Import a meeting package</source>
            <translation>Bir toplantı paketini içe aktar</translation>
        </message>
        <message>
            <source>The package</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>&amp;What the import will do:</source>
            <translation>İçe aktarma &amp;ne yapacak:</translation>
        </message>
        <message>
            <source>Meetings in the package and what the import does with each</source>
            <translation>Paketteki toplantılar ve içe aktarmanın her biriyle yapacağı</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Toplantı</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlık</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ne olacak</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Neden</translation>
        </message>
        <message>
            <source>People and organisations</source>
            <translation>Kişiler ve kuruluşlar</translation>
        </message>
        <message>
            <source>A meeting changed both here and in the package</source>
            <translation>Bir toplantı hem burada hem pakette değişmiş</translation>
        </message>
        <message>
            <source>&amp;Keep this database's version (nothing is overwritten)</source>
            <translation>Bu veritabanındaki sürümü &amp;koru (hiçbir şeyin üzerine yazılmaz)</translation>
        </message>
        <message>
            <source>&amp;Replace it with the package's version (a backup is made first)</source>
            <translation>Paketteki sürümle &amp;değiştir (önce yedek alınır)</translation>
        </message>
        <message>
            <source>Import status</source>
            <translation>İçe aktarma durumu</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>İçe &amp;aktar</translation>
        </message>
        <message>
            <source>&lt;b&gt;{package}&lt;/b&gt;&lt;br&gt;Written {when} by {user} with UNNM Desktop {version}.</source>
            <translation>&lt;b&gt;{package}&lt;/b&gt;&lt;br&gt;{when} tarihinde {user} tarafından UNNM Desktop {version} ile oluşturuldu.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{package}&lt;/b&gt;&lt;br&gt;Written {when} by an unknown user with UNNM Desktop {version}.</source>
            <translation>&lt;b&gt;{package}&lt;/b&gt;&lt;br&gt;{when} tarihinde bilinmeyen bir kullanıcı tarafından UNNM Desktop {version} ile oluşturuldu.</translation>
        </message>
        <message>
            <source>Import meeting package</source>
            <translation>Toplantı paketini içe aktar</translation>
        </message>
        <message>
            <source>People: {people_added} to add, {people_reused} already here.  Organisations: {organisations_added} to add, {organisations_reused} already here.</source>
            <translation>Kişiler: {people_added} eklenecek, {people_reused} zaten var.  Kuruluşlar: {organisations_added} eklenecek, {organisations_reused} zaten var.</translation>
        </message>
        <message>
            <source>Nothing has been changed yet; Import writes the changes in one step.</source>
            <translation>Henüz hiçbir şey değiştirilmedi; İçe aktar düğmesi değişiklikleri tek adımda yazar.</translation>
        </message>
        <message>
            <source>Nothing would be imported: choose to replace this database's version, or cancel.</source>
            <translation>İçe aktarılacak bir şey yok: bu veritabanındaki sürümü değiştirmeyi seçin ya da vazgeçin.</translation>
        </message>
        <message>
            <source>Everything in this package is already here; there is nothing to import.</source>
            <translation>Bu paketteki her şey zaten burada; içe aktarılacak bir şey yok.</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <source>Deadline</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tür</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Karar</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Toplantı</translation>
        </message>
    </context>
    <context>
        <name>PendingWindow</name>
        <message>
            <source>Ad referendum confirmation</source>
            <translation>Ad referendum teyidi</translation>
        </message>
        <message>
            <source>Silence procedure</source>
            <translation>Sessiz onay usulü</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Teyit edildi</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Geri çekildi</translation>
        </message>
        <message>
            <source>Silence ended without objection</source>
            <translation>Sessiz onay itirazsız sona erdi</translation>
        </message>
        <message>
            <source>Silence broken</source>
            <translation>Sessiz onay bozuldu</translation>
        </message>
        <message>
            <source>OVERDUE — proposed: adopted under silence procedure</source>
            <translation>GECİKMİŞ — öneri: sessiz onay usulüyle kabul edildi</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>GECİKMİŞ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Açık</translation>
        </message>
        <message>
            <source>Overdue. {text}</source>
            <translation>Gecikmiş. {text}</translation>
        </message>
        <message>
            <source>Overdue: the deadline {deadline} (the meeting's local time) has passed.</source>
            <translation>Gecikmiş: {deadline} son tarihi (toplantının yerel saati) geçti.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{kind}&lt;/b&gt; on decision {decision}</source>
            <translation>{decision} kararı için &lt;b&gt;{kind}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Minutes of:&lt;/b&gt; {reference} — {title}</source>
            <translation>&lt;b&gt;Tutanak:&lt;/b&gt; {reference} — {title}</translation>
        </message>
        <message>
            <source>Proposal: adopted under silence procedure.</source>
            <translation>Öneri: sessiz onay usulüyle kabul edildi.</translation>
        </message>
        <message>
            <source>The deadline has passed and no objection is recorded. Press Ctrl+Enter (Adopt under silence…) and confirm to record it; nothing is decided until a person does.</source>
            <translation>Son tarih geçti ve kayıtlı bir itiraz yok. Kaydetmek için Ctrl+Enter'a (Sessiz onayla kabul et…) basıp onaylayın; bir kişi onaylamadan hiçbir şeye karar verilmez.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Organisation:&lt;/b&gt; {acronym}</source>
            <translation>&lt;b&gt;Kuruluş:&lt;/b&gt; {acronym}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Deadline:&lt;/b&gt; {deadline} ({zone}, the meeting's local time)</source>
            <translation>&lt;b&gt;Son tarih:&lt;/b&gt; {deadline} ({zone}, toplantının yerel saati)</translation>
        </message>
        <message>
            <source>OVERDUE: the deadline has passed.</source>
            <translation>GECİKMİŞ: son tarih geçti.</translation>
        </message>
        <message>
            <source>Addenda to these minutes so far:</source>
            <translation>Bu tutanağın şimdiye kadarki ekleri:</translation>
        </message>
        <message>
            <source>Addendum {number}: {closure} on {decision}, {date}</source>
            <translation>Ek {number}: {decision} kararı için {closure}, {date}</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Her tür</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Teyitler</translation>
        </message>
        <message>
            <source>Silence procedures</source>
            <translation>Sessiz onay usulleri</translation>
        </message>
        <message>
            <source>1 pending item, {overdue} overdue</source>
            <translation>1 bekleyen kayıt, {overdue} süresi geçmiş</translation>
        </message>
        <message>
            <source>{count} pending items, {overdue} overdue</source>
            <translation>{count} bekleyen kayıt, {overdue} süresi geçmiş</translation>
        </message>
        <message>
            <source>No pending confirmation or silence selected.</source>
            <translation>Bekleyen bir teyit ya da sessiz onay seçilmedi.</translation>
        </message>
        <message>
            <source>Adopted under silence procedure?</source>
            <translation>Sessiz onay usulüyle kabul edildi mi?</translation>
        </message>
        <message>
            <source>The silence procedure on decision {decision} ({meeting}) ended on {deadline} and no objection is recorded. Record that the decision is adopted under silence procedure?</source>
            <translation>{decision} kararı ({meeting}) için sessiz onay usulü {deadline} tarihinde sona erdi ve kayıtlı bir itiraz yok. Kararın sessiz onay usulüyle kabul edildiği kaydedilsin mi?</translation>
        </message>
        <message>
            <source>&amp;Yes, record it</source>
            <translation>&amp;Evet, kaydet</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Hayır</translation>
        </message>
        <message>
            <source>Addendum {number} to the minutes of {reference} recorded</source>
            <translation>{reference} tutanağına Ek {number} kaydedildi</translation>
        </message>
        <message>
            <source>Pending confirmations</source>
            <translation>Bekleyen teyitler</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Süzgeçler</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Bul:</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Bul</translation>
        </message>
        <message>
            <source>Show only the items whose meeting, decision or organisation contains these words (Turkish letters match with or without dots and cedillas)</source>
            <translation>Yalnızca toplantısı, kararı ya da kuruluşu bu sözcükleri içeren kayıtları göster (Türkçe harfler noktalı ya da noktasız, çengelli ya da çengelsiz eşleşir)</translation>
        </message>
        <message>
            <source>Meeting, decision or organisation</source>
            <translation>Toplantı, karar ya da kuruluş</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ür:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tür</translation>
        </message>
        <message>
            <source>Show only confirmations or only silence procedures</source>
            <translation>Yalnızca teyitleri ya da yalnızca sessiz onay usullerini göster</translation>
        </message>
        <message>
            <source>Only o&amp;verdue</source>
            <translation>Yalnızca sü&amp;resi geçmiş</translation>
        </message>
        <message>
            <source>Show only the items past their deadline</source>
            <translation>Yalnızca son tarihi geçmiş kayıtları göster</translation>
        </message>
        <message>
            <source>&amp;Pending confirmations and silences — overdue ones marked OVERDUE (click a column title to sort):</source>
            <translation>Bekleyen &amp;teyitler ve sessiz onaylar — süresi geçmişler GECİKMİŞ diye işaretli (sıralamak için bir sütun başlığına tıklayın):</translation>
        </message>
        <message>
            <source>Every open ad referendum confirmation and silence procedure on signed-off minutes: deadline, status (overdue ones say so), kind, organisation, decision and meeting.</source>
            <translation>Onaylanmış tutanaklardaki açık her ad referendum teyidi ve sessiz onay usulü: son tarih, durum (süresi geçmişler belirtilir), tür, kuruluş, karar ve toplantı.</translation>
        </message>
        <message>
            <source>The selected item in full</source>
            <translation>Seçili kaydın tamamı</translation>
        </message>
        <message>
            <source>&amp;Addenda recorded (the latest first):</source>
            <translation>Kaydedilen &amp;ekler (en yenisi önce):</translation>
        </message>
        <message>
            <source>Addenda recorded</source>
            <translation>Kaydedilen ekler</translation>
        </message>
        <message>
            <source>Every closure recorded as an addendum to signed-off minutes; export the selected one to Word or PDF.</source>
            <translation>Onaylanmış tutanaklara ek olarak kaydedilen her sonuçlandırma; seçili olanı Word ya da PDF olarak dışa aktarın.</translation>
        </message>
        <message>
            <source>Number of pending items shown</source>
            <translation>Gösterilen bekleyen kayıt sayısı</translation>
        </message>
        <message>
            <source>Open &amp;meeting</source>
            <translation>Toplantıyı &amp;aç</translation>
        </message>
        <message>
            <source>Record &amp;confirmation…</source>
            <translation>Teyidi &amp;kaydet…</translation>
        </message>
        <message>
            <source>Record that the organisation confirmed or withdrew its ad referendum position</source>
            <translation>Kuruluşun ad referendum tutumunu teyit ettiğini ya da geri çektiğini kaydet</translation>
        </message>
        <message>
            <source>&amp;End silence…</source>
            <translation>Sessiz onayı &amp;sonlandır…</translation>
        </message>
        <message>
            <source>Record that the silence procedure ended without objection, or which organisation broke it</source>
            <translation>Sessiz onay usulünün itirazsız sona erdiğini ya da hangi kuruluşun onu bozduğunu kaydet</translation>
        </message>
        <message>
            <source>Adopt under s&amp;ilence… (Ctrl+Enter)</source>
            <translation>Sessiz onayla kabu&amp;l et… (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>The silence's deadline has passed with no objection recorded: confirm that the decision is adopted under silence procedure</source>
            <translation>Sessiz onayın son tarihi kayıtlı bir itiraz olmadan geçti: kararın sessiz onay usulüyle kabul edildiğini teyit edin</translation>
        </message>
        <message>
            <source>E&amp;xport addendum…</source>
            <translation>Eki dı&amp;şa aktar…</translation>
        </message>
        <message>
            <source>Export the selected addendum to Word or PDF, in English or Turkish</source>
            <translation>Seçili eki İngilizce ya da Türkçe olarak Word ya da PDF'ye aktar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <source>Saved the name of {person} at {time}.</source>
            <translation>{person} kişisinin adı kaydedildi ({time}).</translation>
        </message>
        <message>
            <source>Saved the title of {person} at {time}.</source>
            <translation>{person} kişisinin unvanı kaydedildi ({time}).</translation>
        </message>
        <message>
            <source>Saved the organisation of {person} at {time}.</source>
            <translation>{person} kişisinin kuruluşu kaydedildi ({time}).</translation>
        </message>
        <message>
            <source>Saved the e-mail of {person} at {time}.</source>
            <translation>{person} kişisinin e-postası kaydedildi ({time}).</translation>
        </message>
    </context>
    <context>
        <name>PhraseAssist</name>
        <message>
            <source>Phrases for the word being typed</source>
            <translation>Yazılan sözcük için kalıp ifadeler</translation>
        </message>
    </context>
    <context>
        <name>PhraseBankWindow</name>
        <message>
            <source>Type the new phrase; it is saved as you type.</source>
            <translation>Yeni ifadeyi yazın; yazdıkça kaydedilir.</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Kaydedildi {time}</translation>
        </message>
        <message>
            <source>Phrase deleted; its text stays in the audit log.</source>
            <translation>İfade silindi; metni denetim kaydında kalır.</translation>
        </message>
        <message>
            <source>Phrase bank</source>
            <translation>Kalıp ifadeler</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Bul:</translation>
        </message>
        <message>
            <source>Find a phrase</source>
            <translation>İfade bul</translation>
        </message>
        <message>
            <source>A few letters of any word, in English or Turkish</source>
            <translation>İngilizce ya da Türkçe herhangi bir sözcüğün birkaç harfi</translation>
        </message>
        <message>
            <source>Phrases of the bank</source>
            <translation>Bankadaki kalıp ifadeler</translation>
        </message>
        <message>
            <source>&amp;English:</source>
            <translation>İn&amp;gilizce:</translation>
        </message>
        <message>
            <source>The phrase in English</source>
            <translation>İfadenin İngilizcesi</translation>
        </message>
        <message>
            <source>&amp;Turkish:</source>
            <translation>&amp;Türkçe:</translation>
        </message>
        <message>
            <source>The phrase in Turkish</source>
            <translation>İfadenin Türkçesi</translation>
        </message>
        <message>
            <source>Write {…} where the rapporteur types the details and {ORG} where an organisation is named: they are selected in turn, with Tab, after the phrase is inserted.</source>
            <translation>Raportörün ayrıntıları yazacağı yere {…}, bir kuruluşun adının geçeceği yere {ORG} yazın: ifade eklendikten sonra Tab ile sırayla seçilirler.</translation>
        </message>
        <message>
            <source>&amp;New phrase</source>
            <translation>&amp;Yeni ifade</translation>
        </message>
        <message>
            <source>&amp;Delete phrase</source>
            <translation>İfadeyi &amp;sil</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Y&amp;ukarı taşı</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Aşağı taşı</translation>
        </message>
    </context>
    <context>
        <name>PhrasePicker</name>
        <message>
            <source>Insert a phrase</source>
            <translation>Kalıp ifade ekle</translation>
        </message>
        <message>
            <source>&amp;Find a phrase (a few letters of any of its words):</source>
            <translation>İfade &amp;bul (sözcüklerinden birinin birkaç harfi):</translation>
        </message>
        <message>
            <source>Find a phrase</source>
            <translation>İfade bul</translation>
        </message>
        <message>
            <source>Phrases</source>
            <translation>Kalıp ifadeler</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Ins</source>
            <translation>Ins</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Reference</source>
            <translation>Sayı</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Toplantı</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Karar</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Sonuç</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Tutumlar</translation>
        </message>
        <message>
            <source>GCM</source>
            <translation>GCM</translation>
        </message>
        <message>
            <source>(superseded)</source>
            <translation>(yerini başka karar aldı)</translation>
        </message>
        <message>
            <source>Superseded by {references}</source>
            <translation>Yerini alan karar: {references}</translation>
        </message>
    </context>
    <context>
        <name>RegisterSwitch</name>
        <message>
            <source>The register is now {where}.</source>
            <translation>Kayıt artık burada: {where}.</translation>
        </message>
        <message>
            <source>You can work on this computer's file ({path}) meanwhile; the server stays chosen for the next start (Settings → Connect to a server… changes it).</source>
            <translation>Bu arada bu bilgisayardaki dosyayla ({path}) çalışabilirsiniz; sunucu bir sonraki açılış için seçili kalır (Ayarlar → Sunucuya bağlan… ile değiştirilir).</translation>
        </message>
        <message>
            <source>Open this computer's &amp;file</source>
            <translation>Bu bilgisayarın &amp;dosyasını aç</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Kapat</translation>
        </message>
    </context>
    <context>
        <name>RegisterViews</name>
        <message>
            <source>{count} joined</source>
            <translation>{count} kuruluş uzlaşıya katıldı</translation>
        </message>
        <message>
            <source>No positions recorded</source>
            <translation>Tutum kaydedilmedi</translation>
        </message>
        <message>
            <source>(open: awaiting a confirmation or a silence)</source>
            <translation>(açık: bir teyit ya da sessizlik süreci bekleniyor)</translation>
        </message>
        <message>
            <source>(final: {outcome}, {date})</source>
            <translation>(kesin: {outcome}, {date})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outcome:&lt;/b&gt; {outcome} — deferred to {target}</source>
            <translation>&lt;b&gt;Sonuç:&lt;/b&gt; {outcome} — ertelendi: {target}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outcome:&lt;/b&gt; {outcome}</source>
            <translation>&lt;b&gt;Sonuç:&lt;/b&gt; {outcome}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Final outcome:&lt;/b&gt; {outcome} ({date})</source>
            <translation>&lt;b&gt;Kesin sonuç:&lt;/b&gt; {outcome} ({date})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Final outcome:&lt;/b&gt; {outcome}</source>
            <translation>&lt;b&gt;Kesin sonuç:&lt;/b&gt; {outcome}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>açık</translation>
        </message>
        <message>
            <source>&lt;b&gt;Chair's note:&lt;/b&gt; {note}</source>
            <translation>&lt;b&gt;Başkanın notu:&lt;/b&gt; {note}</translation>
        </message>
        <message>
            <source>&lt;b&gt;GCM objectives:&lt;/b&gt; {objectives}</source>
            <translation>&lt;b&gt;GCM hedefleri:&lt;/b&gt; {objectives}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Positions:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tutumlar:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Supersedes {reference}.</source>
            <translation>{reference} sayılı kararın yerini alır.</translation>
        </message>
        <message>
            <source>Superseded by {references}.</source>
            <translation>Yerini alan karar: {references}.</translation>
        </message>
    </context>
    <context>
        <name>RegisterWindow</name>
        <message>
            <source>Decision register</source>
            <translation>Karar sicili</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Süzgeçler</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>S&amp;onuç:</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Sonuç</translation>
        </message>
        <message>
            <source>Show only decisions with this outcome</source>
            <translation>Yalnızca bu sonuçla biten kararları göster</translation>
        </message>
        <message>
            <source>GCM ob&amp;jective:</source>
            <translation>GCM &amp;hedefi:</translation>
        </message>
        <message>
            <source>GCM objective</source>
            <translation>GCM hedefi</translation>
        </message>
        <message>
            <source>Show only decisions tagged with this objective of the Global Compact for Migration</source>
            <translation>Yalnızca Göç için Küresel Mutabakat'ın bu hedefiyle etiketlenen kararları göster</translation>
        </message>
        <message>
            <source>Reservation or objection &amp;by:</source>
            <translation>Çekince veya itiraz &amp;bildiren:</translation>
        </message>
        <message>
            <source>Organisation with a reservation or objection</source>
            <translation>Çekince veya itiraz bildiren kuruluş</translation>
        </message>
        <message>
            <source>Show only decisions on which this organisation entered a reservation or an objection</source>
            <translation>Yalnızca bu kuruluşun çekince veya itiraz bildirdiği kararları göster</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Dönem başı:</translation>
        </message>
        <message>
            <source>Filter by first meeting date</source>
            <translation>Toplantı tarihine göre süz: bu tarihten itibaren</translation>
        </message>
        <message>
            <source>First meeting date</source>
            <translation>En erken toplantı tarihi</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>Dönem &amp;sonu:</translation>
        </message>
        <message>
            <source>Filter by last meeting date</source>
            <translation>Toplantı tarihine göre süz: bu tarihe kadar</translation>
        </message>
        <message>
            <source>Last meeting date</source>
            <translation>En geç toplantı tarihi</translation>
        </message>
        <message>
            <source>Wor&amp;ds:</source>
            <translation>&amp;Aranan sözcükler:</translation>
        </message>
        <message>
            <source>Words in the decision or a statement</source>
            <translation>Karar metninde veya bir açıklamada geçen sözcükler</translation>
        </message>
        <message>
            <source>words in the decision or a statement (goc finds Göç)</source>
            <translation>karar ya da açıklamadaki sözcükler (goc yazınca Göç de bulunur)</translation>
        </message>
        <message>
            <source>Leave out su&amp;perseded decisions</source>
            <translation>Yerini başka karar almış kararları &amp;gizle</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>Süzgeçleri t&amp;emizle</translation>
        </message>
        <message>
            <source>Decisio&amp;ns (Enter opens the meeting):</source>
            <translation>&amp;Kararlar (Enter toplantıyı açar):</translation>
        </message>
        <message>
            <source>Every decision that passes the filters: reference, date, meeting, text, outcome and positions. Enter opens its meeting.</source>
            <translation>Süzgeçlere uyan tüm kararlar: sayı, tarih, toplantı, metin, sonuç ve tutumlar. Enter kararın toplantısını açar.</translation>
        </message>
        <message>
            <source>The selected decision in full</source>
            <translation>Seçili kararın tamamı</translation>
        </message>
        <message>
            <source>Number of decisions shown</source>
            <translation>Gösterilen karar sayısı</translation>
        </message>
        <message>
            <source>Open &amp;meeting</source>
            <translation>&amp;Toplantıyı aç</translation>
        </message>
        <message>
            <source>&amp;Supersedes…</source>
            <translation>&amp;Yerini aldığı karar…</translation>
        </message>
        <message>
            <source>Record that the selected decision supersedes an earlier one</source>
            <translation>Seçili kararın önceki bir kararın yerini aldığını kaydet</translation>
        </message>
        <message>
            <source>Export to &amp;Word…</source>
            <translation>&amp;Word belgesi olarak dışa aktar…</translation>
        </message>
        <message>
            <source>Export to E&amp;xcel…</source>
            <translation>E&amp;xcel'e dışa aktar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Tüm sonuçlar</translation>
        </message>
        <message>
            <source>Still open after sign-off (awaiting a confirmation or a silence)</source>
            <translation>Onaydan sonra hâlâ açık (bir teyit ya da sessiz onay bekleniyor)</translation>
        </message>
        <message>
            <source>Any objective</source>
            <translation>Tüm hedefler</translation>
        </message>
        <message>
            <source>Any organisation</source>
            <translation>Tüm kuruluşlar</translation>
        </message>
        <message>
            <source>1 decision</source>
            <translation>1 karar</translation>
        </message>
        <message>
            <source>{count} decisions</source>
            <translation>{count} karar</translation>
        </message>
        <message>
            <source>No decision selected.</source>
            <translation>Seçili karar yok.</translation>
        </message>
        <message>
            <source>No decision was taken before {reference}; there is nothing it can supersede.</source>
            <translation>{reference} sayılı karardan önce alınmış bir karar yok; yerini alabileceği bir karar bulunmuyor.</translation>
        </message>
        <message>
            <source>Supersedes</source>
            <translation>Yerini aldığı karar</translation>
        </message>
        <message>
            <source>(nothing — it supersedes no earlier decision)</source>
            <translation>(hiçbiri — önceki bir kararın yerini almıyor)</translation>
        </message>
        <message>
            <source>Decision {reference} supersedes:</source>
            <translation>{reference} sayılı kararın yerini aldığı karar:</translation>
        </message>
        <message>
            <source>{reference} now supersedes {earlier}.</source>
            <translation>{reference} artık {earlier} sayılı kararın yerini alıyor.</translation>
        </message>
        <message>
            <source>{reference} supersedes no earlier decision.</source>
            <translation>{reference} önceki hiçbir kararın yerini almıyor.</translation>
        </message>
        <message>
            <source>Export the decision register to a Word document</source>
            <translation>Karar sicilini Word belgesi olarak dışa aktar</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Word belgesi</translation>
        </message>
        <message>
            <source>Export the decision register to an Excel workbook</source>
            <translation>Karar sicilini Excel çalışma kitabı olarak dışa aktar</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel çalışma kitabı</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Dışa aktarılamadı</translation>
        </message>
        <message>
            <source>1 decision exported to {path}</source>
            <translation>1 karar dışa aktarıldı: {path}</translation>
        </message>
        <message>
            <source>{count} decisions exported to {path}</source>
            <translation>{count} karar dışa aktarıldı: {path}</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen for revision</source>
            <translation>Düzeltme için yeniden aç</translation>
        </message>
        <message>
            <source>&amp;Reason for the revision (required; kept in the revision history and the audit log):</source>
            <translation>Revizyonun &amp;gerekçesi (zorunlu; revizyon geçmişinde ve denetim kaydında saklanır):</translation>
        </message>
        <message>
            <source>Reason for the revision</source>
            <translation>Revizyonun gerekçesi</translation>
        </message>
        <message>
            <source>e.g. PMM asked to correct the name of its representative in the attendance list.</source>
            <translation>ör. PMM, katılımcı listesindeki temsilcisinin adının düzeltilmesini istedi.</translation>
        </message>
        <message>
            <source>&amp;Reopen for revision</source>
            <translation>Düzeltme için &amp;yeniden aç</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; ({reference}) was signed off as revision {revision} on {date}.&lt;br&gt;Reopening makes revision {next} editable. Revision {revision} stays stored as it was signed, and can still be viewed and exported from Minutes → Revision history.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; ({reference}), {date} tarihinde revizyon {revision} olarak onaylandı.&lt;br&gt;Yeniden açıldığında revizyon {next} düzenlenebilir olur. Revizyon {revision} onaylandığı biçimiyle saklanır ve Tutanak → Revizyon geçmişi bölümünden görüntülenip dışa aktarılabilir.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; ({reference}) was signed off as revision {revision}.&lt;br&gt;Reopening makes revision {next} editable. Revision {revision} stays stored as it was signed, and can still be viewed and exported from Minutes → Revision history.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; ({reference}), revizyon {revision} olarak onaylandı.&lt;br&gt;Yeniden açıldığında revizyon {next} düzenlenebilir olur. Revizyon {revision} onaylandığı biçimiyle saklanır ve Tutanak → Revizyon geçmişi bölümünden görüntülenip dışa aktarılabilir.</translation>
        </message>
    </context>
    <context>
        <name>ResponsibleEdit</name>
        <message>
            <source>Responsible organisations</source>
            <translation>Sorumlu kuruluşlar</translation>
        </message>
    </context>
    <context>
        <name>RevisionsDialog</name>
        <message>
            <source>Revision history</source>
            <translation>Revizyon geçmişi</translation>
        </message>
        <message>
            <source>Signed-off &amp;versions:</source>
            <translation>Onaylanmış &amp;sürümler:</translation>
        </message>
        <message>
            <source>Signed-off versions</source>
            <translation>Onaylanmış sürümler</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revizyon</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Onay tarihi</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>İmzacılar</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Parmak izi</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Yeniden açıldı</translation>
        </message>
        <message>
            <source>&amp;Export this version…</source>
            <translation>Bu sürümü &amp;dışa aktar…</translation>
        </message>
        <message>
            <source>&amp;Copy full fingerprint</source>
            <translation>Parmak izinin tamamını &amp;kopyala</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; ({reference}): signed off as revision {revision}.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; ({reference}): revizyon {revision} olarak onaylandı.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; ({reference}): revision {revision} is a circulated draft.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; ({reference}): revizyon {revision}, görüşe sunulmuş bir taslak.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; ({reference}): revision {revision} is a draft.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; ({reference}): revizyon {revision} bir taslak.</translation>
        </message>
        <message>
            <source>1 signed-off version; it can be exported as it was signed.</source>
            <translation>1 onaylanmış sürüm; onaylandığı biçimiyle dışa aktarılabilir.</translation>
        </message>
        <message>
            <source>{count} signed-off versions, newest last; each can be exported as it was signed.</source>
            <translation>{count} onaylanmış sürüm, en yenisi en sonda; her biri onaylandığı biçimiyle dışa aktarılabilir.</translation>
        </message>
        <message>
            <source>No version has been signed off yet (Minutes → Sign off…).</source>
            <translation>Henüz onaylanmış bir sürüm yok (Tutanak → Onayla…).</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Yürürlükte</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the minutes</source>
            <translation>Tutanaklarda ara</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Bul:</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Aranacak sözcükler</translation>
        </message>
        <message>
            <source>Words to find in meetings, agenda notes, decisions, positions and action points; Turkish letters are optional (goc finds Göç). Down arrow moves to the results.</source>
            <translation>Toplantılarda, gündem notlarında, kararlarda, tutumlarda ve eylem maddelerinde aranacak sözcükler; Türkçe harfler isteğe bağlıdır (goc yazınca Göç de bulunur). Aşağı ok tuşu sonuçlara geçer.</translation>
        </message>
        <message>
            <source>e.g. göç, ışık, İstanbul — or goc, isik, istanbul</source>
            <translation>ör. göç, ışık, İstanbul — ya da goc, isik, istanbul</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>&amp;Nerede:</translation>
        </message>
        <message>
            <source>Search in</source>
            <translation>Aranacak yer</translation>
        </message>
        <message>
            <source>Limit the search to one kind of record</source>
            <translation>Aramayı tek bir kayıt türüyle sınırla</translation>
        </message>
        <message>
            <source>&amp;Results (Enter or double-click opens the place in the minutes):</source>
            <translation>&amp;Sonuçlar (Enter ya da çift tıklama, tutanaktaki yerini açar):</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Arama sonuçları</translation>
        </message>
        <message>
            <source>Each result: where it was found, the meeting, and the text around the matched words. Enter opens it in the main window.</source>
            <translation>Her sonuç: bulunduğu yer, toplantı ve eşleşen sözcüklerin çevresindeki metin. Enter, sonucu ana pencerede açar.</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Arama durumu</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Aç</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Toplantı</translation>
        </message>
        <message>
            <source>Agenda item and notes</source>
            <translation>Gündem maddesi ve notlar</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Karar</translation>
        </message>
        <message>
            <source>Position on a decision</source>
            <translation>Bir karara ilişkin tutum</translation>
        </message>
        <message>
            <source>Action point</source>
            <translation>Eylem maddesi</translation>
        </message>
        <message>
            <source>Follow-up of an action</source>
            <translation>Eylem maddesindeki gelişme</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Bulunduğu yer</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Metin</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tümü</translation>
        </message>
        <message>
            <source>{count} results (the best shown; add a word to narrow it down)</source>
            <translation>{count} sonuç (en iyileri gösteriliyor; daraltmak için bir sözcük ekleyin)</translation>
        </message>
        <message>
            <source>{count} results</source>
            <translation>{count} sonuç</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 sonuç</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Hiçbir şey bulunamadı.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Ara</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>{kind} in {reference} {title}: {text}</source>
            <translation>{kind}, {reference} {title} toplantısında: {text}</translation>
        </message>
    </context>
    <context>
        <name>ServerConnectDialog</name>
        <message>
            <source>The register file: {path}</source>
            <translation>Kayıt dosyası: {path}</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Ka&amp;ydet</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>The password is kept by the system keyring, never in the settings file.</source>
            <translation>Parola sistem anahtarlığında tutulur, asla ayarlar dosyasında tutulmaz.</translation>
        </message>
        <message>
            <source>Type the server's host name or address.</source>
            <translation>Sunucunun ana bilgisayar adını ya da adresini yazın.</translation>
        </message>
        <message>
            <source>Type the name of the database on the server.</source>
            <translation>Sunucudaki veritabanının adını yazın.</translation>
        </message>
        <message>
            <source>Type your user name on the server.</source>
            <translation>Sunucudaki kullanıcı adınızı yazın.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535 (PostgreSQL's is 5432).</source>
            <translation>Bağlantı noktası 1 ile 65535 arasında bir sayıdır (PostgreSQL'inki 5432'dir).</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>{server} sunucusuna bağlanılıyor…</translation>
        </message>
        <message>
            <source>Connected to {server} as {role}. The database has no register yet: it is set up when you save.</source>
            <translation>{server} sunucusuna {role} olarak bağlanıldı. Veritabanında henüz kayıt yok: kaydettiğinizde kurulur.</translation>
        </message>
        <message>
            <source>Connected to {server} as {role}. Meetings in the register: {count}.</source>
            <translation>{server} sunucusuna {role} olarak bağlanıldı. Kayıttaki toplantılar: {count}.</translation>
        </message>
        <message>
            <source>Where the register lives</source>
            <translation>Kaydın bulunduğu yer</translation>
        </message>
        <message>
            <source>This computer (&amp;file)</source>
            <translation>Bu bilgisayar (&amp;dosya)</translation>
        </message>
        <message>
            <source>The register is a file on this computer, for one desk.</source>
            <translation>Kayıt bu bilgisayardaki bir dosyadır, tek bir masa içindir.</translation>
        </message>
        <message>
            <source>A ser&amp;ver (PostgreSQL)</source>
            <translation>Bir &amp;sunucu (PostgreSQL)</translation>
        </message>
        <message>
            <source>The register is on the secretariat's PostgreSQL server, shared by several desks.</source>
            <translation>Kayıt sekretaryanın PostgreSQL sunucusundadır ve birkaç masa tarafından paylaşılır.</translation>
        </message>
        <message>
            <source>&amp;Host</source>
            <translation>&amp;Ana bilgisayar</translation>
        </message>
        <message>
            <source>Server host</source>
            <translation>Sunucu ana bilgisayarı</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Bağlantı noktası</translation>
        </message>
        <message>
            <source>Server port</source>
            <translation>Sunucu bağlantı noktası</translation>
        </message>
        <message>
            <source>5432</source>
            <translation>5432</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>&amp;Veritabanı</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Veritabanı adı</translation>
        </message>
        <message>
            <source>unnm</source>
            <translation>unnm</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Kullanıcı adı</translation>
        </message>
        <message>
            <source>Server user name</source>
            <translation>Sunucu kullanıcı adı</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>&amp;Parola</translation>
        </message>
        <message>
            <source>Server password</source>
            <translation>Sunucu parolası</translation>
        </message>
        <message>
            <source>&amp;TLS</source>
            <translation>&amp;TLS</translation>
        </message>
        <message>
            <source>TLS mode (sslmode)</source>
            <translation>TLS kipi (sslmode)</translation>
        </message>
        <message>
            <source>&amp;Remember the password (system keyring)</source>
            <translation>Parolayı &amp;hatırla (sistem anahtarlığı)</translation>
        </message>
        <message>
            <source>T&amp;est connection</source>
            <translation>Bağlantıyı sı&amp;na</translation>
        </message>
        <message>
            <source>Saving switches this window to the chosen register. A database given on the command line (--db) or in UNNM_DESKTOP_DB is used instead of this choice when the program starts.</source>
            <translation>Kaydetmek bu pencereyi seçilen kayda geçirir. Program başlarken komut satırında (--db) ya da UNNM_DESKTOP_DB içinde verilen bir veritabanı bu seçimin yerine kullanılır.</translation>
        </message>
    </context>
    <context>
        <name>ServerEdits</name>
        <message>
            <source>Not saved: someone else changed it — answer above the tabs</source>
            <translation>Kaydedilmedi: başka biri değiştirdi — sekmelerin üstünde yanıtlayın</translation>
        </message>
        <message>
            <source>Server unreachable — {count} changes waiting</source>
            <translation>Sunucuya ulaşılamıyor — {count} değişiklik bekliyor</translation>
        </message>
        <message>
            <source>Writing {count} changes kept on this computer while the server could not be reached.</source>
            <translation>Sunucuya ulaşılamadığı sırada bu bilgisayarda tutulan {count} değişiklik yazılıyor.</translation>
        </message>
        <message>
            <source>Their change is shown; your text is on the clipboard.</source>
            <translation>Onların değişikliği gösteriliyor; metniniz panoda.</translation>
        </message>
        <message>
            <source>The changes kept on this computer are saved on the server.</source>
            <translation>Bu bilgisayarda tutulan değişiklikler sunucuya kaydedildi.</translation>
        </message>
    </context>
    <context>
        <name>SessionWatch</name>
        <message>
            <source>Recovered after an unexpected exit: “{title}”, last saved on {date} at {time}. Nothing saved was lost; carry on typing.</source>
            <translation>Beklenmeyen bir kapanmanın ardından kurtarıldı: “{title}”, son kayıt {date}, saat {time}. Kaydedilmiş hiçbir şey kaybolmadı; yazmaya devam edebilirsiniz.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ayarlar</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>&amp;Adınız</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Adınız</translation>
        </message>
        <message>
            <source>Recorded in the audit log with every change you make, and offered when signing off.</source>
            <translation>Yaptığınız her değişiklikle birlikte denetim kaydına yazılır ve onay sırasında imzacı olarak önerilir.</translation>
        </message>
        <message>
            <source>Recorded in the audit log with every change you make.</source>
            <translation>Yaptığınız her değişiklikle birlikte denetim kaydına yazılır.</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>Arayüz &amp;dili</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Arayüz dili</translation>
        </message>
        <message>
            <source>The language of the menus and windows: English or Türkçe. Changing it saves everything and opens the window again in that language.</source>
            <translation>Menülerin ve pencerelerin dili: English ya da Türkçe. Değiştirildiğinde her şey kaydedilir ve pencere o dilde yeniden açılır.</translation>
        </message>
        <message>
            <source>Menus, windows, dates and sorting. The language of exported minutes is chosen when you export.</source>
            <translation>Menüler, pencereler, tarihler ve sıralama. Dışa aktarılan tutanağın dili, dışa aktarırken seçilir.</translation>
        </message>
        <message>
            <source>&amp;Word template</source>
            <translation>&amp;Word şablonu</translation>
        </message>
        <message>
            <source>Word template (letterhead)</source>
            <translation>Word şablonu (antetli kâğıt)</translation>
        </message>
        <message>
            <source>The built-in template</source>
            <translation>Yerleşik şablon</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Gözat…</translation>
        </message>
        <message>
            <source>&amp;Use the built-in template</source>
            <translation>&amp;Yerleşik şablonu kullan</translation>
        </message>
        <message>
            <source>A .docx with your letterhead, used for Word exports; its styles are used where it has them.</source>
            <translation>Word'e dışa aktarırken kullanılan, antetli kâğıdınızı içeren bir .docx dosyası; içinde tanımlı stiller varsa onlar kullanılır.</translation>
        </message>
        <message>
            <source>&amp;Export folder</source>
            <translation>Dışa aktarma &amp;klasörü</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Kayıt</translation>
        </message>
        <message>
            <source>Connect to a ser&amp;ver…</source>
            <translation>Sunucuya &amp;bağlan…</translation>
        </message>
        <message>
            <source>Choose where the register lives: this computer's file or a PostgreSQL server.</source>
            <translation>Kaydın nerede tutulacağını seçin: bu bilgisayarın dosyası ya da bir PostgreSQL sunucusu.</translation>
        </message>
        <message>
            <source>The Word template must be a .docx file; “{name}” is not. In Word, save the letterhead as .docx.</source>
            <translation>Word şablonu bir .docx dosyası olmalıdır; “{name}” değil. Antetli kâğıdı Word'de .docx olarak kaydedin.</translation>
        </message>
        <message>
            <source>The Word template {path} does not exist; choose the file again, or use the built-in template.</source>
            <translation>Word şablonu bulunamadı: {path}. Dosyayı yeniden seçin ya da yerleşik şablonu kullanın.</translation>
        </message>
        <message>
            <source>Your Word template (letterhead)</source>
            <translation>Word şablonunuz (antetli kâğıt)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word belgeleri (*.docx)</translation>
        </message>
        <message>
            <source>Default export folder</source>
            <translation>Varsayılan dışa aktarma klasörü</translation>
        </message>
        <message>
            <source>On the server {server}</source>
            <translation>{server} sunucusunda</translation>
        </message>
        <message>
            <source>On this computer: {path}</source>
            <translation>Bu bilgisayarda: {path}</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another, or leave it empty.</source>
            <translation>{folder} klasörü yok; başka bir klasör seçin ya da boş bırakın.</translation>
        </message>
        <message>
            <source>Type your name: it is recorded in the audit log with every change you make.</source>
            <translation>Adınızı yazın: yaptığınız her değişiklikle birlikte denetim kaydına yazılır.</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>Gö&amp;zat…</translation>
        </message>
        <message>
            <source>Where “Export to Word…” and “Export to PDF…” open; the folder of your last export is remembered here.</source>
            <translation>“Word belgesi olarak dışa aktar…” ve “PDF belgesi olarak dışa aktar…” bu klasörde açılır; son dışa aktarmanın klasörü burada hatırlanır.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Klavye kısayolları</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Komut</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Kısayol</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign off the minutes</source>
            <translation>Tutanağı onayla</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Kontrol listesi</translation>
        </message>
        <message>
            <source>What stands in the way of sign-off</source>
            <translation>Onayın önündeki engeller</translation>
        </message>
        <message>
            <source>S&amp;ignatories</source>
            <translation>İmza&amp;cılar</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>İmzacılar</translation>
        </message>
        <message>
            <source>Name, title, role and date signed of each signatory; F2 or typing edits a cell.</source>
            <translation>Her imzacının adı, unvanı, rolü ve imza tarihi; bir hücreyi düzenlemek için F2'ye basın ya da yazmaya başlayın.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Adı soyadı</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Unvanı</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>İmza tarihi</translation>
        </message>
        <message>
            <source>&amp;Add signatory</source>
            <translation>İmzacı &amp;ekle</translation>
        </message>
        <message>
            <source>&amp;Remove signatory</source>
            <translation>İmzacıyı &amp;kaldır</translation>
        </message>
        <message>
            <source>F2 or typing edits a cell.</source>
            <translation>Bir hücreyi düzenlemek için F2'ye basın ya da yazmaya başlayın.</translation>
        </message>
        <message>
            <source>Signing off locks the minutes: a backup is made, their content is fingerprinted (SHA-256), and every later change needs “Reopen for revision”, which keeps this version.</source>
            <translation>Onaylandığında tutanak kilitlenir: bir yedek alınır, içeriğin parmak izi (SHA-256) çıkarılır ve sonraki her değişiklik için, bu sürümü saklayan “Düzeltme için yeniden aç” komutu gerekir.</translation>
        </message>
        <message>
            <source>circulated for comments</source>
            <translation>görüşe sunuldu</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Başkan</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>Raportör</translation>
        </message>
        <message>
            <source>Chair and rapporteur</source>
            <translation>Başkan ve raportör</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Onayla</translation>
        </message>
        <message>
            <source>Revision {revision}, {status}.</source>
            <translation>Revizyon {revision}, {status}.</translation>
        </message>
        <message>
            <source>Draft, not circulated yet.</source>
            <translation>Taslak; henüz görüşe sunulmadı.</translation>
        </message>
        <message>
            <source>✓ Ready to sign off: chair and rapporteur set, attendance recorded, every decision has a final outcome, and no ad referendum position is left without a deadline.</source>
            <translation>✓ Onaya hazır: başkan ve raportör belirlendi, katılım kaydedildi, her kararın kesin bir sonucu var ve son tarihi olmayan ad referendum tutumu kalmadı.</translation>
        </message>
        <message>
            <source>1 thing stands in the way of sign-off. Fix it in the tab named, then choose Sign off again:</source>
            <translation>Onayın önünde 1 engel var. Belirtilen sekmede düzeltin, sonra yeniden onaylamayı deneyin:</translation>
        </message>
        <message>
            <source>{count} things stand in the way of sign-off. Fix them in the tab named, then choose Sign off again:</source>
            <translation>Onayın önünde {count} engel var. Belirtilen sekmelerde düzeltin, sonra yeniden onaylamayı deneyin:</translation>
        </message>
    </context>
    <context>
        <name>SilenceEndDialog</name>
        <message>
            <source>Decision {decision} of {meeting} — under silence procedure until {deadline}.</source>
            <translation>{meeting} toplantısının {decision} kararı — {deadline} tarihine kadar sessiz onay usulünde.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Kaydet</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>End a silence procedure</source>
            <translation>Sessiz onay usulünü sonlandır</translation>
        </message>
        <message>
            <source>&amp;No objection at the deadline: adopted under silence procedure</source>
            <translation>Son tarihte &amp;itiraz yok: sessiz onay usulüyle kabul edildi</translation>
        </message>
        <message>
            <source>&amp;Broken: an organisation objected before the deadline</source>
            <translation>&amp;Bozuldu: bir kuruluş son tarihten önce itiraz etti</translation>
        </message>
        <message>
            <source>Broken b&amp;y:</source>
            <translation>Bo&amp;zan:</translation>
        </message>
        <message>
            <source>Broken by</source>
            <translation>Bozan</translation>
        </message>
        <message>
            <source>The organisation that objected (type its first letters)</source>
            <translation>İtiraz eden kuruluş (ilk harflerini yazın)</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Ne zaman:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Ne zaman</translation>
        </message>
        <message>
            <source>Date and time in the meeting's local time, as year-month-day hour:minute (2024-05-12 12:00)</source>
            <translation>Toplantının yerel saatiyle tarih ve saat, yıl-ay-gün saat:dakika biçiminde (2024-05-12 12:00)</translation>
        </message>
        <message>
            <source>&amp;On what:</source>
            <translation>Ne &amp;üzerine:</translation>
        </message>
        <message>
            <source>On what</source>
            <translation>Ne üzerine</translation>
        </message>
        <message>
            <source>What the objection was on, e.g. paragraph 3</source>
            <translation>İtirazın neye ilişkin olduğu, ör. 3. paragraf</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>No&amp;t:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Not</translation>
        </message>
        <message>
            <source>How it was learnt, for the record (optional)</source>
            <translation>Kayıt için nasıl öğrenildiği (isteğe bağlı)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Sorun</translation>
        </message>
    </context>
    <context>
        <name>SimilarPeopleDialog</name>
        <message>
            <source>Someone already in the directory?</source>
            <translation>Rehberde zaten bulunan biri mi?</translation>
        </message>
        <message>
            <source>“{name}” is close to these people. Choose one, or say it is someone new.</source>
            <translation>“{name}” bu kişilere benziyor. Birini seçin ya da yeni biri olduğunu belirtin.</translation>
        </message>
        <message>
            <source>People with a similar name</source>
            <translation>Adı benzeyen kişiler</translation>
        </message>
        <message>
            <source>&amp;Choose this person</source>
            <translation>Bu kişiyi &amp;seç</translation>
        </message>
        <message>
            <source>Someone &amp;new</source>
            <translation>Ye&amp;ni biri</translation>
        </message>
        <message>
            <source>{person} (already attending)</source>
            <translation>{person} (zaten katılıyor)</translation>
        </message>
        <message>
            <source>{person} (same name)</source>
            <translation>{person} (aynı ad)</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The folder for {path} cannot be created: {reason}.</source>
            <translation>{path} için klasör oluşturulamıyor: {reason}.</translation>
        </message>
        <message>
            <source>{app} cannot open the database</source>
            <translation>{app} veritabanını açamıyor</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>No sync conflicts wait for review.</source>
            <translation>Gözden geçirilmeyi bekleyen eşitleme çakışması yok.</translation>
        </message>
        <message>
            <source>Synchronised with {other}: records pulled {pulled}, pushed {pushed}, conflicts to review {conflicts}.</source>
            <translation>{other} ile eşitlendi: alınan kayıt {pulled}, gönderilen {pushed}, gözden geçirilecek çakışma {conflicts}.</translation>
        </message>
        <message>
            <source>The other side cannot be used: {reason}. Nothing was changed.</source>
            <translation>Karşı taraf kullanılamıyor: {reason}. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The synchronisation stopped on an unexpected problem (written to the log); nothing was half-written. Try again, or tell the secretariat.</source>
            <translation>Eşitleme beklenmedik bir sorun nedeniyle durdu (günlüğe yazıldı); hiçbir şey yarım yazılmadı. Yeniden deneyin ya da sekretaryaya bildirin.</translation>
        </message>
        <message>
            <source>This register: {name}</source>
            <translation>Bu sicil: {name}</translation>
        </message>
        <message>
            <source>&amp;Synchronise</source>
            <translation>&amp;Eşitle</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>The exchange folder</source>
            <translation>Paylaşım klasörü</translation>
        </message>
        <message>
            <source>Type the server's address, as postgresql://user@host:port/database.</source>
            <translation>Sunucunun adresini postgresql://kullanıcı@sunucu:bağlantı-noktası/veritabanı biçiminde yazın.</translation>
        </message>
        <message>
            <source>Type or choose the exchange folder, or a register file.</source>
            <translation>Paylaşım klasörünü ya da bir sicil dosyasını yazın veya seçin.</translation>
        </message>
        <message>
            <source>That is this register itself: choose the other side to synchronise with.</source>
            <translation>Bu, bu sicilin kendisi: eşitlenecek karşı tarafı seçin.</translation>
        </message>
        <message>
            <source>Synchronising with {other}…</source>
            <translation>{other} ile eşitleniyor…</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Eşitle</translation>
        </message>
        <message>
            <source>Brings here what the other side has and this register lacks, and takes there what it lacks. Where both sides changed the same thing differently, each keeps its own until you choose.</source>
            <translation>Karşı tarafta olup bu sicilde eksik olanları buraya getirir, orada eksik olanları oraya götürür. İki taraf aynı şeyi farklı biçimde değiştirdiyse, siz seçene kadar her taraf kendi değerini korur.</translation>
        </message>
        <message>
            <source>A ser&amp;ver (PostgreSQL)</source>
            <translation>Bir &amp;sunucu (PostgreSQL)</translation>
        </message>
        <message>
            <source>Synchronise with the register on the secretariat's server.</source>
            <translation>Sekretaryanın sunucusundaki sicille eşitler.</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Sunucu adresi</translation>
        </message>
        <message>
            <source>The other register's server, as postgresql://user@host:port/database.</source>
            <translation>Karşı sicilin sunucusu, postgresql://kullanıcı@sunucu:bağlantı-noktası/veritabanı biçiminde.</translation>
        </message>
        <message>
            <source>postgresql://user@db.example.org:5432/unnm</source>
            <translation>postgresql://kullanici@db.example.org:5432/unnm</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>&amp;Parola</translation>
        </message>
        <message>
            <source>Server password</source>
            <translation>Sunucu parolası</translation>
        </message>
        <message>
            <source>Only when the keyring or ~/.pgpass does not have it; used for this synchronisation only.</source>
            <translation>Yalnızca anahtarlıkta ya da ~/.pgpass dosyasında yoksa; yalnızca bu eşitleme için kullanılır.</translation>
        </message>
        <message>
            <source>Leave the password empty when the system keyring or ~/.pgpass has it. A password typed here is used for this synchronisation only, never saved.</source>
            <translation>Parola sistem anahtarlığında ya da ~/.pgpass dosyasında varsa boş bırakın. Burada yazılan bir parola yalnızca bu eşitleme için kullanılır, asla kaydedilmez.</translation>
        </message>
        <message>
            <source>An e&amp;xchange folder or a register file</source>
            <translation>Bir pa&amp;ylaşım klasörü ya da bir sicil dosyası</translation>
        </message>
        <message>
            <source>Synchronise through a shared folder (OneDrive, SharePoint, Teams, a USB stick) or with another register file.</source>
            <translation>Paylaşılan bir klasör (OneDrive, SharePoint, Teams, bir USB bellek) üzerinden ya da başka bir sicil dosyasıyla eşitler.</translation>
        </message>
        <message>
            <source>&amp;Path</source>
            <translation>&amp;Konum</translation>
        </message>
        <message>
            <source>Folder or register file</source>
            <translation>Klasör ya da sicil dosyası</translation>
        </message>
        <message>
            <source>The shared exchange folder, or another register file.</source>
            <translation>Paylaşılan paylaşım klasörü ya da başka bir sicil dosyası.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Gözat…</translation>
        </message>
        <message>
            <source>Synchronising</source>
            <translation>Eşitleniyor</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewDialog</name>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Every question is answered. A whole record answered is carried out when a package of its meeting is imported again.</source>
            <translation>Bütün sorular yanıtlandı. Bütün bir kayıt için verilen yanıt, toplantısının paketi yeniden içe aktarıldığında uygulanır.</translation>
        </message>
        <message>
            <source>Every conflict is answered. Synchronise again to carry your choices over to the other side.</source>
            <translation>Bütün çakışmalar yanıtlandı. Seçimlerinizi karşı tarafa taşımak için yeniden eşitleyin.</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Rehber</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>benimki</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>onlarınki</translation>
        </message>
        <message>
            <source>(answered: {side}; carried out by the next import of its package)</source>
            <translation>(yanıtlandı: {side}; paketinin bir sonraki içe aktarımında uygulanır)</translation>
        </message>
        <message>
            <source>(answered: {side}; carried out by the next synchronisation)</source>
            <translation>(yanıtlandı: {side}; bir sonraki eşitlemede uygulanır)</translation>
        </message>
        <message>
            <source>No conflict waits.</source>
            <translation>Bekleyen çakışma yok.</translation>
        </message>
        <message>
            <source>{meeting}: {record}, {field}. {reason}</source>
            <translation>{meeting}: {record}, {field}. {reason}</translation>
        </message>
        <message>
            <source>Kept. Conflicts still waiting: {count}.</source>
            <translation>Korundu. Hâlâ bekleyen çakışma: {count}.</translation>
        </message>
        <message>
            <source>Sync conflicts to review</source>
            <translation>Gözden geçirilecek eşitleme çakışmaları</translation>
        </message>
        <message>
            <source>Both sides changed these differently. Until you choose, each side keeps its own. Your choice travels with the next synchronisation.</source>
            <translation>İki taraf bunları farklı biçimde değiştirdi. Siz seçene kadar her taraf kendi değerini korur. Seçiminiz bir sonraki eşitlemeyle karşı tarafa gider.</translation>
        </message>
        <message>
            <source>Con&amp;flicts waiting</source>
            <translation>Bekleyen ç&amp;akışmalar</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>Bekleyen çakışmalar</translation>
        </message>
        <message>
            <source>Each conflict: its meeting, the record and the field. Arrow keys move through them.</source>
            <translation>Her çakışma: toplantısı, kaydı ve alanı. Ok tuşlarıyla aralarında ilerlenir.</translation>
        </message>
        <message>
            <source>Mine (this register)</source>
            <translation>Benimki (bu sicil)</translation>
        </message>
        <message>
            <source>This register's value of the field in question.</source>
            <translation>Söz konusu alanın bu sicildeki değeri.</translation>
        </message>
        <message>
            <source>Theirs (the other side)</source>
            <translation>Onlarınki (karşı taraf)</translation>
        </message>
        <message>
            <source>The other side's value of the field in question.</source>
            <translation>Söz konusu alanın karşı taraftaki değeri.</translation>
        </message>
        <message>
            <source>Before both changes</source>
            <translation>Değişikliklerden önce</translation>
        </message>
        <message>
            <source>The value both sides had at the last synchronisation.</source>
            <translation>İki tarafın son eşitlemedeki değeri.</translation>
        </message>
        <message>
            <source>Take &amp;mine</source>
            <translation>&amp;Benimkini al</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>&amp;Onlarınkini al</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Düzenle…</translation>
        </message>
        <message>
            <source>The value to keep (it starts as mine; Ctrl+Enter keeps it)</source>
            <translation>Korunacak değer (benimkiyle başlar; Ctrl+Enter ile korunur)</translation>
        </message>
        <message>
            <source>The value to keep</source>
            <translation>Korunacak değer</translation>
        </message>
        <message>
            <source>The value to keep: it starts as yours; Ctrl+Enter keeps it.</source>
            <translation>Korunacak değer: sizinkiyle başlar; Ctrl+Enter ile korunur.</translation>
        </message>
        <message>
            <source>&amp;Use this text</source>
            <translation>Bu metni &amp;kullan</translation>
        </message>
        <message>
            <source>&amp;Synchronise again</source>
            <translation>&amp;Yeniden eşitle</translation>
        </message>
    </context>
    <context>
        <name>SyncWording</name>
        <message>
            <source>Title</source>
            <translation>Başlık</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Konum</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Toplantı yeri</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notlar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Başlangıç</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Bitiş</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Toplantı biçimi</translation>
        </message>
        <message>
            <source>Language of the minutes</source>
            <translation>Tutanak dili</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Sayı</translation>
        </message>
        <message>
            <source>Place in the list</source>
            <translation>Listedeki sırası</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numara</translation>
        </message>
        <message>
            <source>Planned minutes</source>
            <translation>Planlanan süre (dakika)</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Metin</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Sonuç</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Usul</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>GCM hedefleri</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Kısaltma</translation>
        </message>
        <message>
            <source>Name in English</source>
            <translation>İngilizce adı</translation>
        </message>
        <message>
            <source>Name in Turkish</source>
            <translation>Türkçe adı</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Not</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Başkan</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>Raportör</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Sunucu</translation>
        </message>
        <message>
            <source>Completion note</source>
            <translation>Tamamlanma notu</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Tamamlanma tarihi</translation>
        </message>
        <message>
            <source>Text in English</source>
            <translation>İngilizce metin</translation>
        </message>
        <message>
            <source>Text in Turkish</source>
            <translation>Türkçe metin</translation>
        </message>
        <message>
            <source>Changed differently on both sides.</source>
            <translation>İki tarafta farklı biçimde değiştirildi.</translation>
        </message>
        <message>
            <source>Made on both sides, differently, before they were ever synchronised.</source>
            <translation>Hiç eşitlenmeden önce iki tarafta farklı biçimde oluşturuldu.</translation>
        </message>
        <message>
            <source>Edited on one side and deleted on the other.</source>
            <translation>Bir tarafta düzenlendi, diğer tarafta silindi.</translation>
        </message>
        <message>
            <source>Signed off on one side and edited on the other: signed-off minutes are never altered by a merge.</source>
            <translation>Bir tarafta onaylandı, diğer tarafta düzenlendi: onaylanmış tutanaklar bir birleştirmeyle asla değiştirilmez.</translation>
        </message>
        <message>
            <source>Another record on the other side holds the same value: give this one another.</source>
            <translation>Karşı taraftaki başka bir kayıt aynı değere sahip: bu kayda başka bir değer verin.</translation>
        </message>
        <message>
            <source>The whole record</source>
            <translation>Kaydın tamamı</translation>
        </message>
        <message>
            <source>The meeting «{title}»</source>
            <translation>«{title}» toplantısı</translation>
        </message>
        <message>
            <source>Agenda item {number} «{title}»</source>
            <translation>Gündem maddesi {number} «{title}»</translation>
        </message>
        <message>
            <source>Decision {reference} «{text}»</source>
            <translation>Karar {reference} «{text}»</translation>
        </message>
        <message>
            <source>The position of {organization} «{text}»</source>
            <translation>{organization} tutumu «{text}»</translation>
        </message>
        <message>
            <source>Action point «{text}»</source>
            <translation>Eylem maddesi «{text}»</translation>
        </message>
        <message>
            <source>A follow-up of an action point «{text}»</source>
            <translation>Bir eylem maddesinin izlenmesi «{text}»</translation>
        </message>
        <message>
            <source>The attendance of {person}</source>
            <translation>Katılım: {person}</translation>
        </message>
        <message>
            <source>The person {name}</source>
            <translation>Kişi: {name}</translation>
        </message>
        <message>
            <source>The organisation {acronym}</source>
            <translation>Kuruluş: {acronym}</translation>
        </message>
        <message>
            <source>A former name of an organisation: {acronym}</source>
            <translation>Bir kuruluşun eski adı: {acronym}</translation>
        </message>
        <message>
            <source>The phrase «{text}»</source>
            <translation>«{text}» ifadesi</translation>
        </message>
        <message>
            <source>The sign-off of revision {revision}</source>
            <translation>{revision}. düzeltmenin onayı</translation>
        </message>
        <message>
            <source>(not there: deleted, or never made)</source>
            <translation>(yok: silinmiş ya da hiç oluşturulmamış)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(boş)</translation>
        </message>
    </context>
    <context>
        <name>TrackerModel</name>
        <message>
            <source>Action</source>
            <translation>Eylem</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Sorumlu</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Set at</source>
            <translation>Belirlendiği toplantı</translation>
        </message>
        <message>
            <source>Completion or last follow-up</source>
            <translation>Tamamlanma veya son gelişme</translation>
        </message>
        <message>
            <source>Overdue. {text}</source>
            <translation>Gecikmiş. {text}</translation>
        </message>
        <message>
            <source>Overdue: due {date}, still {status}.</source>
            <translation>Gecikmiş: son tarih {date}, durumu hâlâ {status}.</translation>
        </message>
    </context>
    <context>
        <name>TrackerWindow</name>
        <message>
            <source>Action tracker</source>
            <translation>Eylem takibi</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Süzgeçler</translation>
        </message>
        <message>
            <source>Responsible &amp;organisation:</source>
            <translation>Sorumlu &amp;kuruluş:</translation>
        </message>
        <message>
            <source>Responsible organisation</source>
            <translation>Sorumlu kuruluş</translation>
        </message>
        <message>
            <source>Show only the action points this organisation is responsible for</source>
            <translation>Yalnızca bu kuruluşun sorumlu olduğu eylem maddelerini göster</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Durum:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Show only the action points with this status</source>
            <translation>Yalnızca bu durumdaki eylem maddelerini göster</translation>
        </message>
        <message>
            <source>Only o&amp;verdue</source>
            <translation>Yalnızca &amp;gecikmiş olanlar</translation>
        </message>
        <message>
            <source>Show only open or in-progress action points past their due date</source>
            <translation>Yalnızca son tarihi geçmiş, açık veya süren eylem maddelerini göster</translation>
        </message>
        <message>
            <source>&amp;Action points — overdue ones in red and marked OVERDUE (Enter opens the meeting that set them):</source>
            <translation>&amp;Eylem maddeleri — gecikmiş olanlar kırmızı ve GECİKMİŞ olarak işaretli (Enter, maddeyi belirleyen toplantıyı açar):</translation>
        </message>
        <message>
            <source>Every action point across meetings: the action, who is responsible, due date, status (overdue ones say so) and the meeting that set it. Enter opens that meeting.</source>
            <translation>Tüm toplantıların eylem maddeleri: eylem, sorumlu, son tarih, durum (gecikmiş olanlarda belirtilir) ve maddeyi belirleyen toplantı. Enter o toplantıyı açar.</translation>
        </message>
        <message>
            <source>The selected action point in full</source>
            <translation>Seçili eylem maddesinin tamamı</translation>
        </message>
        <message>
            <source>Number of action points shown</source>
            <translation>Gösterilen eylem maddesi sayısı</translation>
        </message>
        <message>
            <source>Open &amp;meeting</source>
            <translation>&amp;Toplantıyı aç</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>Ta&amp;mamlandı olarak işaretle…</translation>
        </message>
        <message>
            <source>Mark the selected action point done, with a date and a note</source>
            <translation>Seçili eylem maddesini bir tarih ve notla tamamlandı olarak işaretle</translation>
        </message>
        <message>
            <source>Export to E&amp;xcel…</source>
            <translation>E&amp;xcel'e dışa aktar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tüm durumlar</translation>
        </message>
        <message>
            <source>Open or in progress</source>
            <translation>Açık veya sürüyor</translation>
        </message>
        <message>
            <source>{status} — OVERDUE</source>
            <translation>{status} — GECİKMİŞ</translation>
        </message>
        <message>
            <source>{status} {date}</source>
            <translation>{status} ({date})</translation>
        </message>
        <message>
            <source>Any organisation</source>
            <translation>Tüm kuruluşlar</translation>
        </message>
        <message>
            <source>1 action point, {overdue} overdue</source>
            <translation>1 eylem maddesi, {overdue} gecikmiş</translation>
        </message>
        <message>
            <source>{count} action points, {overdue} overdue</source>
            <translation>{count} eylem maddesi, {overdue} gecikmiş</translation>
        </message>
        <message>
            <source>No action point selected.</source>
            <translation>Seçili eylem maddesi yok.</translation>
        </message>
        <message>
            <source>Action point marked done on {date}.</source>
            <translation>Eylem maddesi {date} tarihiyle tamamlandı olarak işaretlendi.</translation>
        </message>
        <message>
            <source>Export the action tracker to Excel</source>
            <translation>Eylem takibini Excel'e dışa aktar</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel çalışma kitabı</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Dışa aktarılamadı</translation>
        </message>
        <message>
            <source>1 action point exported to {path}</source>
            <translation>1 eylem maddesi dışa aktarıldı: {path}</translation>
        </message>
        <message>
            <source>{count} action points exported to {path}</source>
            <translation>{count} eylem maddesi dışa aktarıldı: {path}</translation>
        </message>
        <message>
            <source>&lt;b&gt;OVERDUE:&lt;/b&gt; due {date}.</source>
            <translation>&lt;b&gt;GECİKMİŞ:&lt;/b&gt; son tarih {date}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Responsible:&lt;/b&gt; {who} &amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; {due} &amp;nbsp; &lt;b&gt;Status:&lt;/b&gt; {status}</source>
            <translation>&lt;b&gt;Sorumlu:&lt;/b&gt; {who} &amp;nbsp; &lt;b&gt;Son tarih:&lt;/b&gt; {due} &amp;nbsp; &lt;b&gt;Durum:&lt;/b&gt; {status}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Set at:&lt;/b&gt; {reference} ({date}) — {title}, following decision {decision}</source>
            <translation>&lt;b&gt;Belirlendiği toplantı:&lt;/b&gt; {reference} ({date}) — {title}; {decision} sayılı karar uyarınca</translation>
        </message>
        <message>
            <source>&lt;b&gt;Set at:&lt;/b&gt; {reference} ({date}) — {title}</source>
            <translation>&lt;b&gt;Belirlendiği toplantı:&lt;/b&gt; {reference} ({date}) — {title}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Completion note:&lt;/b&gt; {note}</source>
            <translation>&lt;b&gt;Tamamlanma notu:&lt;/b&gt; {note}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last follow-up&lt;/b&gt; ({meeting}): {text}</source>
            <translation>&lt;b&gt;Son gelişme&lt;/b&gt; ({meeting}): {text}</translation>
        </message>
    </context>
    <context>
        <name>UiLoad</name>
        <message>
            <source>the interface file {path} cannot be read</source>
            <translation>arayüz dosyası {path} okunamıyor</translation>
        </message>
        <message>
            <source>the interface file {path} is not a valid Qt Designer file</source>
            <translation>arayüz dosyası {path} geçerli bir Qt Designer dosyası değil</translation>
        </message>
        <message>
            <source>{kind} “{name}” is missing from the interface files</source>
            <translation>arayüz dosyalarında {kind} “{name}” eksik</translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>UNNM Desktop user guide</source>
            <translation>UNNM Desktop kullanım kılavuzu</translation>
        </message>
        <message>
            <source>&amp;Find in the guide</source>
            <translation>Kılavuzda &amp;bul</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Kılavuzda bul</translation>
        </message>
        <message>
            <source>Type a word and press Enter to go to its next place in the guide; Shift+Enter goes back.</source>
            <translation>Bir sözcük yazıp Enter'a basın: kılavuzda geçtiği bir sonraki yere gidilir; Shift+Enter geri gider.</translation>
        </message>
        <message>
            <source>e.g. sign off, reservation, package</source>
            <translation>ör. onay, çekince, paket</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Sonraki</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>İçin&amp;dekiler</translation>
        </message>
        <message>
            <source>Back to the top of the guide, where the list of contents is.</source>
            <translation>Kılavuzun başına, içindekiler listesine döner.</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Kullanım kılavuzu</translation>
        </message>
        <message>
            <source>The user guide. Tab moves between its links, Enter follows one; the arrow keys and Page Up and Page Down scroll.</source>
            <translation>Kullanım kılavuzu. Sekme tuşu bağlantılar arasında gezinir, Enter bağlantıyı açar; ok tuşları ile Page Up ve Page Down kaydırır.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>İleti</translation>
        </message>
        <message>
            <source>The user guide is not in this installation (looked for {path}). Help → Keyboard shortcuts lists every command.</source>
            <translation>Kullanım kılavuzu bu kurulumda yok (aranan yer: {path}). Yardım → Klavye kısayolları tüm komutları listeler.</translation>
        </message>
        <message>
            <source>“{link}” is not part of the user guide.</source>
            <translation>“{link}” kullanım kılavuzunun bir parçası değil.</translation>
        </message>
        <message>
            <source>“{text}” is not in the guide.</source>
            <translation>“{text}” kılavuzda yok.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Proposed; not yet decided</source>
            <translation>Önerildi; henüz karara bağlanmadı</translation>
        </message>
        <message>
            <source>Under silence procedure</source>
            <translation>Sessiz onay usulünde</translation>
        </message>
        <message>
            <source>Adopted by consensus</source>
            <translation>Uzlaşı ile kabul edildi</translation>
        </message>
        <message>
            <source>Adopted by consensus, with reservations on record</source>
            <translation>Uzlaşı ile kabul edildi; çekinceler kayda geçirildi</translation>
        </message>
        <message>
            <source>Not adopted; no consensus</source>
            <translation>Kabul edilmedi; uzlaşı sağlanamadı</translation>
        </message>
        <message>
            <source>No consensus; deferred</source>
            <translation>Uzlaşı sağlanamadı; ertelendi</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Geri çekildi</translation>
        </message>
        <message>
            <source>Joins the consensus</source>
            <translation>Uzlaşıya katılıyor</translation>
        </message>
        <message>
            <source>Joins, with a concern noted</source>
            <translation>Katılıyor; endişesi kayda geçirildi</translation>
        </message>
        <message>
            <source>Stands aside</source>
            <translation>Çekimser</translation>
        </message>
        <message>
            <source>Reservation</source>
            <translation>Çekince</translation>
        </message>
        <message>
            <source>Ad referendum (awaiting confirmation)</source>
            <translation>Ad referendum (teyit bekleniyor)</translation>
        </message>
        <message>
            <source>Objects</source>
            <translation>İtiraz ediyor</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Uzlaşı</translation>
        </message>
        <message>
            <source>Silence procedure</source>
            <translation>Sessiz onay usulü</translation>
        </message>
        <message>
            <source>Chair's summary</source>
            <translation>Başkanın özeti</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>taslak</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>görüşe sunuldu</translation>
        </message>
        <message>
            <source>signed off</source>
            <translation>onaylandı</translation>
        </message>
        <message>
            <source>present</source>
            <translation>katıldı</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>çevrim içi</translation>
        </message>
        <message>
            <source>apologies</source>
            <translation>mazeretli</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>katılmadı</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>bekleniyor</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>başkan</translation>
        </message>
        <message>
            <source>co-chair</source>
            <translation>eş başkan</translation>
        </message>
        <message>
            <source>rapporteur</source>
            <translation>raportör</translation>
        </message>
        <message>
            <source>secretariat</source>
            <translation>sekretarya</translation>
        </message>
        <message>
            <source>member</source>
            <translation>üye</translation>
        </message>
        <message>
            <source>observer</source>
            <translation>gözlemci</translation>
        </message>
        <message>
            <source>presenter</source>
            <translation>sunucu</translation>
        </message>
        <message>
            <source>guest</source>
            <translation>konuk</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Açık</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Sürüyor</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Tamamlandı</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Vazgeçildi</translation>
        </message>
        <message>
            <source>UN entity</source>
            <translation>BM kuruluşu</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Kamu kurumu</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Sivil toplum</translation>
        </message>
        <message>
            <source>Intergovernmental</source>
            <translation>Hükümetlerarası</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Diğer</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Yüz yüze</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Karma</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Çevrim içi</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>bekliyor</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>görüşülüyor</translation>
        </message>
        <message>
            <source>done</source>
            <translation>tamamlandı</translation>
        </message>
        <message>
            <source>deferred</source>
            <translation>ertelendi</translation>
        </message>
    </context>
</TS>
