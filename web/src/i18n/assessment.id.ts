/** Bahasa Indonesia strings of the Self-assessment pages; assessment.en.ts has exactly the same keys. */
export const assessmentId = {
  assessment: {
    title: 'Penilaian mandiri',
    intro:
      'Pejabat unit menilai organisasinya sendiri setiap periode dengan dua instrumen: Model 7S McKinsey ditambah ' +
      'lingkungan, dan budaya mutu. Jawaban semua pejabat unit digabung, dibandingkan dengan penilaian sebelumnya, ' +
      'dan menjadi sumber faktor kunci keberhasilan yang dinilai sendiri.',
    ksfLink: 'Faktor kunci keberhasilan',
    filters: 'Unit dan periode penilaian',
    unit: 'Unit layanan',
    period: 'Periode',
    archived: '(diarsipkan)',
    noUnits:
      'Anda belum ditugaskan ke unit layanan mana pun, sehingga belum dapat melihat atau mengisi penilaian mandiri. ' +
      'Hubungi admin Pemda.',
    method: 'Cara penghitungan',
    form: {
      heading: 'Jawaban Anda',
      intro:
        'Nyatakan seberapa setuju Anda dengan setiap pernyataan tentang {{unit}} pada {{period}}. Pernyataan yang ' +
        'tidak dapat Anda nilai boleh dilewati; pernyataan yang dilewati tidak dihitung.',
      skip: 'Lewati',
      answeredAt: 'Terakhir Anda isi {{date}}. Simpan lagi untuk mengganti jawaban.',
      notYet: 'Anda belum mengisi instrumen ini untuk periode ini.',
      progress: '{{answered}} dari {{total}} pernyataan dijawab',
      needOne: 'Jawab paling sedikit satu pernyataan sebelum menyimpan.',
      save: 'Simpan jawaban',
      saving: 'Menyimpan…',
      saved: 'Jawaban Anda tersimpan dan hasil penilaian sudah diperbarui.',
      readOnly: 'Anda dapat melihat hasil unit ini, tetapi penilaiannya hanya diisi oleh pejabat unit.',
    },
    results: {
      heading: 'Hasil {{period}}',
      respondents: 'Pengisi',
      respondentsHint: 'pejabat yang menjawab',
      overall: 'Nilai keseluruhan',
      overallHint: 'skala 1–5 · {{value}} pada skala 0–100',
      previous: 'Penilaian sebelumnya',
      previousHint: '{{period}} · {{n}} pengisi',
      noPrevious: 'Belum ada',
      change: 'Perubahan',
      changeHint: 'dibanding {{period}}',
      empty:
        'Belum ada pejabat yang mengisi instrumen ini untuk {{unit}} pada {{period}}. Hasil muncul setelah paling ' +
        'sedikit satu pernyataan dijawab.',
      lastAssessed: 'Penilaian terakhir: {{period}}, nilai keseluruhan {{value}} dari 5 ({{n}} pengisi).',
      caption: 'Nilai per unsur, {{period}}',
      element: 'Unsur',
      score: 'Nilai (1–5)',
      score100: 'Nilai (0–100)',
      previousScore: 'Sebelumnya',
      changeScore: 'Perubahan',
      answered: 'Pernyataan terjawab',
      answeredValue: '{{answered}} dari {{total}}',
      chartNote:
        'Diagram radar: satu sumbu untuk setiap unsur, makin ke luar makin baik. Unsur yang belum dijawab berada di ' +
        'titik pusat. Angka lengkapnya ada di tabel.',
    },
    ksf: {
      title: 'Faktor kunci keberhasilan',
      intro:
        'Tujuh faktor kunci keberhasilan TQM pada skala 0–100, untuk seluruh Pemda atau satu unit layanan. Sebagian ' +
        'diukur langsung oleh Prima, sisanya dinilai sendiri oleh pejabat unit.',
      back: 'Penilaian mandiri',
      scope: 'Cakupan',
      filters: 'Cakupan dan periode kartu skor',
      wholePemda: 'Seluruh Pemda',
      heading: 'Kartu skor {{scope}}, {{period}}',
      whereFrom: 'Dari mana nilainya',
      measured:
        'Diukur oleh Prima: indeks kepuasan dari SKM (IKM), kualitas layanan dari kesenjangan SERVQUAL, dan manajemen ' +
        'pengaduan dari ketepatan waktu tanggapan pertama atas pengaduan.',
      selfAssessed:
        'Dinilai sendiri: kepemimpinan, fokus pada masyarakat, pemberdayaan pegawai, dan manajemen perubahan diambil ' +
        'dari pernyataan terkait dalam penilaian mandiri (7S + lingkungan dan budaya mutu). Manajemen pengaduan juga ' +
        'dinilai sendiri selama belum ada pengaduan yang ditanggapi.',
      periods:
        'Untuk satu unit dipakai penilaian mandiri periode yang dipilih atau, bila belum ada, penilaian terakhir ' +
        'sebelumnya. Untuk seluruh Pemda dipakai penilaian semua unit pada periode yang dipilih saja.',
      toAssessments: 'Isi atau lihat penilaian mandiri {{unit}}, {{period}}',
      toAssessmentsAny: 'Buka penilaian mandiri unit layanan',
    },
  },
};
