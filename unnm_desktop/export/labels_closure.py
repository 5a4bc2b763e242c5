"""The words label version 3 adds (issue 14): open ad referendum positions and silences in the minutes, the
silence's deadline in the meeting's local date and time, and the addenda that record closures afterwards.

Plain tables, read by `export/labels.py` as version 3's correction; never edited once a sign-off has used them
(a further correction is version 4).
"""

from __future__ import annotations

WORDS_V3 = {
    "en": {
        "ad_referendum_open": "{acronym} joined ad referendum; confirmation is due by {date}.",
        "silence_open": "The text was put under silence procedure until {date}, {time} ({zone}).",
        "addendum_follows": "The outcome will be recorded in an addendum to these minutes.",
        "at_time": "{date}, {time} ({zone})",
        "addendum_title": "Addendum {n} to the minutes of {title}, {date}",
        "addendum_short": "Addendum {n}",
        "addendum_minutes": "Signed-off minutes {reference}, revision {revision}; fingerprint {sha}.",
        "addendum_confirmed": "{acronym} confirmed on {date} that it joins the consensus (its position had been "
        "ad referendum).",
        "addendum_withdrawn": "{acronym} withdrew its ad referendum position on {date}: there is no consensus and "
        "the text goes back to the Network.",
        "addendum_silence_ended": "The silence procedure ended on {when} without objection.",
        "addendum_silence_broken": "{acronym} broke the silence on {when}: the text goes back to the Network.",
        "addendum_how": "How",
        "addendum_on_what": "The objection concerned",
        "addendum_note": "Note",
        "addendum_outcome": "Outcome after this addendum",
        "adopted_under_silence": "Adopted under silence procedure",
        "back_to_network": "Not adopted; the text goes back to the Network",
        "still_awaited": "Still awaited: the confirmation of {acronym}, due by {date}.",
        "silence_still_running": "The silence procedure runs until {when}.",
        "addendum_signed": "Recorded and signed on {date} by {name}.",
        "addendum_fingerprint": "Fingerprint (SHA-256) of this addendum: {sha}",
    },
    "tr": {
        "ad_referendum_open": "{acronym} karara ad referendum katıldı; teyit için son tarih {date}.",
        "silence_open": "Metin, {date}, saat {time} ({zone}) itibarıyla sona erecek sessiz onay usulüne sunuldu.",
        "addendum_follows": "Sonuç, bu tutanağa bir ek ile kaydedilecektir.",
        "at_time": "{date}, saat {time} ({zone})",
        "addendum_title": "{title}, {date} tutanağına Ek {n}",
        "addendum_short": "Ek {n}",
        "addendum_minutes": "İmzalanan tutanak {reference}, revizyon {revision}; parmak izi {sha}.",
        "addendum_confirmed": "{acronym}, {date} tarihinde uzlaşıya katıldığını teyit etti (tutumu ad referendum idi).",
        "addendum_withdrawn": "{acronym}, {date} tarihinde ad referendum tutumunu geri çekti: uzlaşı sağlanamadı ve "
        "metin Ağ'a geri döner.",
        "addendum_silence_ended": "Sessiz onay süresi {when} itibarıyla itiraz olmaksızın sona erdi.",
        "addendum_silence_broken": "{acronym}, {when} itibarıyla sessiz onayı bozdu: metin Ağ'a geri döner.",
        "addendum_how": "Teyit biçimi",
        "addendum_on_what": "İtirazın konusu",
        "addendum_note": "Not",
        "addendum_outcome": "Bu ekten sonraki sonuç",
        "adopted_under_silence": "Sessiz onay usulüyle kabul edildi",
        "back_to_network": "Kabul edilmedi; metin Ağ'a geri döner",
        "still_awaited": "Beklenen: {acronym} teyidi, son tarih {date}.",
        "silence_still_running": "Sessiz onay süresi {when} itibarıyla sona erer.",
        "addendum_signed": "{date} tarihinde {name} tarafından kaydedildi ve imzalandı.",
        "addendum_fingerprint": "Bu ekin içerik parmak izi (SHA-256): {sha}",
    },
}
