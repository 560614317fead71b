<?php 
	include('php/header.php');
?>

	<section id="content" class="container">


	<div class="hero-unit">
		<p>Current Lab Members</p>
		<hr />
	</div>

	<section id="team-members">
		
		<article class="member">
			<h3 class="member-name">Andrew Leifer, Ph.D.</h3>
			<h4 class="member-position">Associate Professor</h4>
			<p class="member-contact">
				220 Jadwin Hall | 250 PNI <br \>				
				<i class="icon-envelope"></i>&nbsp;<a href="mailto:leifer@princeton.edu">leifer@princeton.edu</a><br \>
				<i class="icon-phone"></i> (609) 258-8779<br \>
				<i class="icon-file"></i>&nbsp;<a href="assets/leiferCV.pdf">CV</a> &nbsp;
				<i class="icon-twitter"></i>&nbsp;<a href="https://bsky.app/profile/andrewleifer.bsky.social">Twitter</a> &nbsp; <i class="icon-github"></i>&nbsp;<a href="https://github.com/aleifer/">GitHub</a> &nbsp; <i class="icon-google"></i>&nbsp;<a href="http://scholar.google.com/citations?user=b0DQef8AAAAJ">Google Scholar</a> &nbsp; <i class="icon-asterisk"></i>&nbsp;<a href="https://www.minorplanetcenter.net/db_search/show_object?utf8=%E2%9C%93&object_id=leifer">Asteroid</a>
			</p>
			<p class="member-bio">
				Andrew Leifer, Ph.D., is an Associate Professor of Physics and Neuroscience at Princeton University. He obtained a B.S. in Physics and B.A. in Political Science at Stanford University in 2007 and earned his Ph.D. in Biophysics from Harvard University in 2012 under the guidance of Professor Aravinthan Samuel. He then received a Lewis-Sigler Fellowship to form his own independent research group at Princeton University, where he subsequently joined the faculty in 2016. He is an Investigator in the Simons Collaboration on the Global Brain and a recipient of the National Institutes of Health Director's New Innovator Award and the  National Science Foundation's CAREER Award.
			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/LeiferHeadSq2.jpeg" />
			</div>
		</article>
		
		<article class="member">
			<h3 class="member-name">Anuj Sharma, Ph.D.</h3>
			<h4 class="member-position">Associate Professional Specialist and Lab Manager</h4>
			<p class="member-contact">
				<i class="icon-envelope"></i>&nbsp;<a href="mailto:aksharma@princeton.edu">aksharma@princeton.edu</a><br \>
				<i class="icon-phone"></i> (609) 258-8635<br \>
			</p>
			<p class="member-bio">
				Anuj Sharma is an Associate Professional Specialist and Lab Manager in the Department of Physics. Previously, he had been a Postdoctoral Associate at University of Maryland, College Park and Cornell University, Ithaca. He received his Doctorate in Biotechnology from Jawaharlal Nehru University, New Delhi. Other than science, he is interested in Nature Photography and Sketching.</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/sharmaHeadSq.jpg" />
			</div>
		</article>

		<article class="member">
			<h3 class="member-name">Charlie Edelson, Ph.D.</h3>
			<h4 class="member-position">CPBF Fellow</h4>
			<p class="member-contact">
				<i class="icon-envelope"></i>&nbsp;<a href="mailto:ce3721@princeton.edu">ce3721@princeton.edu</a><br \>
			</p>
			<p class="member-bio">
				Charlie is a fellow in the Center for the Physics of Biological Function, and is an experimental biophysicist broadly interested in how information propagates through biological systems, particularly within sensory systems. He received his Ph.D. in Physics from Indiana University Bloomington in Spring 2024, where he studied how the statistics of natural scenes shape the form and function of optimal motion estimators in both computational and biological contexts. Beyond research, Charlie is an avid mandolin player and enjoys spending time in and around New Jersey's many bodies of water.
			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/edelson.jpg" />
			</div>
		</article>






	


		<article class="member">
			<h3 class="member-name">Emily Osborne</h3>
			<h4 class="member-position">Graduate Student</h4>
			<p class="member-contact">
				<i class="icon-envelope"></i>&nbsp;<a href="mailto:eo9231@princeton.edu">eo9231@princeton.edu</a><br \>
				<!-- <i class="icon-phone"></i> (609) 258-2973<br \> -->
			</p>
			<p class="member-bio">
			Emily is a graduate student in the Physics department. She attended The Ohio State University for undergraduate studies, focusing on the physics of motion in magnetic bacteria. After arriving at Princeton, she became interested in neuroscience, with a focus on understanding the neural dynamics of learning in <i>C. elegans.</i> Alongside research, she enjoys hiking, playing tennis, music, and exploring new restaurants.
	</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/osborne.jpg" />
				<p>?</p>
			</div>
		</article>
			<article class="member">
				<h3 class="member-name">Wayan Gauthey</h3>
				<h4 class="member-position">Graduate Student</h4>
				<p class="member-contact">
					<i class="icon-envelope"></i>&nbsp;<a href="mailto:wgauthey@princeton.edu">wgauthey@princeton.edu</a><br \>
					Joint with Malal Murthy.
					<!-- <i class="icon-phone"></i> (609) 258-2973<br \> -->
				</p>
				<p class="member-bio">
				Wayan is a graduate student in Neuroscience and is jointly advised by Andrew Leifer and Mala Murthy. He is interested in the neural basis of brain-wide dynamics underlying behavior in <i>C.elegans</i> and <i>Drosophila</i>. He received his M.S in Neuroscience and Neuroinformatics from the University of Zurich where he studied the mechanisms controlling synaptic nano-architecture in <i>Drosophila</i>. Outside of the lab he plays ice hockey.
				
		</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/Wayan.jpg" />
					<p>?</p>
				</div>
			</article>
			<article class="member">
				<h3 class="member-name">Pearl Thijssen</h3>
				<h4 class="member-position">Graduate Student</h4>
				<p class="member-contact">
					<i class="icon-envelope"></i>&nbsp;<a href="mailto:pt4009@princeton.edu">pt4009@princeton.edu</a><br \>
					<!-- <i class="icon-phone"></i> (609) 258-2973<br \> -->
				</p>
				<p class="member-bio">
Pearl is a graduate student in the Physics department interested in studying the dynamics of neuropeptides in C. elegans. She received a BA in Physics and Philosophy from Wellesley College, and studied quantum materials prior to joining the lab. Pearl also enjoys reading, spending time outdoors, and coming up with terrible puns.				
		</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/Pearl.jpg" />
					<p>?</p>
				</div>
			</article>









	<!--	<article class="member">
				<h3 class="member-name">You</h3>
				<h4 class="member-position"></h4>
				<p class="member-bio">
					We are a looking for talented new additions to our lab. Please see the <a href="positions.php">positions</a> page.
				</p>
				<a href="positions.php">
					<div class="member-avatar">
						<p>?</p>
					</div>
				</a>
			</article>
		-->
	</section>	
		
					<hr />
	<div class="textblock">
	</div>
	
	
		<div class="hero-unit">
			<p>Lab Alumni</p>


			<article class="member">
				<h3 class="member-name">Sophie Dvali, Ph.D.</h3>
				<h4 class="member-position">Graduate Student</h4>
				<p class="member-contact">
					2019-2026
				</p>
				<p class="member-bio">
Postdoc at Max Planck Institute for Neurobiology of Behavior - CAESAR.				</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/Dvali-Sophie.jpg" />
				</div>
			</article>

			<article class="member">
				<h3 class="member-name">Junang Li, Ph.D.</h3>
				<h4 class="member-position">CPBF Fellow</h4>
				<p class="member-contact">
					2022-2026
				</p>
				<p class="member-bio">
First Key Mortgage.				</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/Junang.jpg" />
				</div>
			</article>

			<article class="member">
				<h3 class="member-name">Matthew Creamer, Ph.D.</h3>

				<h4 class="member-position">CV Starr Fellow</h4>
				<p class="member-contact">
					2019-2025
				</p>
				<p class="member-bio">
Co-founder, Memazing.				</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/creamer.jpg" />
				</div>
			</article>
	
	
	
	<article class="member">
		<h3 class="member-name">Kelsey Hallinen, Ph.D.</h3>
		<h4 class="member-position">CPBF Fellow</h4>
		<p class="member-contact">
			2019-2022
		</p>
		<p class="member-bio">Assistant Professor of Physics at University of Oregon.
		</p>
		<div class="member-avatar">
			<img alt="" src="assets/team/kelsey.jpg" />
		</div>
	</article>
		
		<article class="member">
			<h3 class="member-name">Sandeep Kumar, Ph.D.</h3>
			<h4 class="member-position">Graduate Student</h4>
			<p class="member-contact">
				2018-2025
			</p>
			<p class="member-bio">
				Postdoc at Yale University.
			</p>

			<div class="member-avatar">
				<img alt="" src="assets/team/Sandeep_picture.jpg" />
				<p>?</p>


			</div>
		</article>		
		
	<article class="member">
		<h3 class="member-name">Kevin Sean Chen, Ph.D.</h3>
		<h4 class="member-position">Graduate Student</h4>
		<p class="member-contact">
			2017-2024
		</p>
		<p class="member-bio">
Kavli Fellow at Yale University.			
		</p>
		<div class="member-avatar">
			<img alt="" src="assets/team/kschenSq.jpg" />
			<p>?</p>
		</div>
	</article>
	

				
				<article class="member">
						<h3 class="member-name">Abdul-Bassit Fijabi</h3>
						<h4 class="member-position">Senior Thesis Student</h4>
						<p class="member-contact">
							2022-2024
						</p>
						<p class="member-bio">
Post-bac at University of Michigan.	
				</p>
						<div class="member-avatar">
							<img alt="" src="assets/team/fijabi.jpg" />
							<p>?</p>
						</div>
					</article>
				
			
		
			<article class="member">
				<h3 class="member-name">Francesco Randi, Ph.D.</h3>
				<h4 class="member-position">Swartz Fellow for Theoretical Neuroscience</h4>
				<p class="member-contact">2017-2023</p>
				<p class="member-bio">
	               Principal Scientist at Regeneron.
				<div class="member-avatar">
					<img alt="" src="assets/team/francsco_randi_sq.jpg" />
				</div>
			</article>

			
			<article class="member">
				<h3 class="member-name">Tori Edington</h3>
				<h4 class="member-position">Senior Thesis Student</h4>
				<p class="member-contact">
					2019-2022
				</p>
				<p class="member-bio">
					University Chicago PhD program in Biophysics. 
					</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/tori.jpg" />
					<p>?</p>
				</div>
			</article>
			

	<article class="member">
			<h3 class="member-name">Xinwei Yu, Ph.D.</h3>
			<h4 class="member-position"> Graduate Student</h4>
			<p class="member-contact">2015-2022</p>
			<p class="member-bio">
				Last seen:  at <a href="https://www.jumptrading.com/">Jump Trading</a> 
				
			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/yu_sq.JPG" />
			</div>
		</article>
		
					
	<article class="member">
			<h3 class="member-name">Mochi Liu, Ph.D.</h3>
			<h4 class="member-position">Postdoctoral Scholar; Graduate Student</h4>
			<p class="member-contact">2014-2021</p>
			<p class="member-bio">
				Last seen: Data Scientist  at <a href="http://www.aquabyte.ai">Aquabyte</a> 
				
			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/LiuHeadSq.jpg" />
			</div>
		</article>
	
	
		
	<article class="member">
		<h3 class="member-name">Sarah Srour</h3>
		<h4 class="member-position">Research Specialist</h4>
		<p class="member-contact">
			2019-2020
		</p>
		<p class="member-bio"> Last seen: reserach assistant at Thomas Jefferson University</p>
		<div class="member-avatar">
			<img alt="" src="assets/team/sarah.jpg" />
			<p>?</p>
		</div>
	</article>
			
			
			
		<article class="member">
			<h3 class="member-name">Milena Chakraverti-Wuerthwein</h3>
			<h4 class="member-position">Senior thesis student</h4>
			<p class="member-contact">
				2017-2020
			</p>
			<p class="member-bio">
				Last  University of Chicago Biophysics PhD program.
			</p>		
			<div class="member-avatar">
				<img alt="" src="assets/team/chakraverti.jpeg" /> 
				<p>?</p>
			</div>
		</article>
			
			
			
		</div>
		
				<article class="member">
					<h3 class="member-name">Monika Scholz, Ph.D.</h3>
					<h4 class="member-position">Dicke Fellow</h4>
					<p class="member-contact"> 2017-2019</p>
						
					<p class="member-bio">
		Currently <a href="https://mpinb.mpg.de/en/research-groups/groups/neural-information-flow/research-focus-nif.html">group leader at the CAESAR / Max Planck Institute </a>.

					<div class="member-avatar">
						<img alt="" src="assets/team/scholzsq.jpg" />
					</div>
				</article>
		
		
		<article class="member">
			<h3 class="member-name">Alicia Castillo Bahena</h3>
			<h4 class="member-position">Senior Thesis Student</h4>
			<p class="member-contact">
				2016-2018
			</p>
			<p class="member-bio">
  				Last seen at Spectrum Health.
			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/Ali.jpg" /> 
				<p>?</p>
			</div>
		</article>
		
		
		
		<article class="member">
			<h3 class="member-name">Xiaoting (Tingting) Sun</h3>
			<h4 class="member-position">Undergraduate</h4>
			<p class="member-contact">
				2017
			</p>
			<p class="member-bio">
				Last seen heading for an industry job. 
			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/sun.jpg" /> 
				<p>?</p>
			</div>
		</article>
		
		
		<article class="member">
			<h3 class="member-name">Ashley Linder, Ph.D.</h3>
			<h4 class="member-position">Graduate Student</h4>
			<p class="member-contact">
				2012-2017
			</p>
			<p class="member-bio">Enact Insight.			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/LinderHeadSq.jpg" />
			</div>
		</article>
		
		
		
		
		<article class="member">
			<h3 class="member-name">Jeffrey Nguyen, Ph.D.</h3>
			<h4 class="member-position">Post-doctoral Fellow</h4>
			<p class="member-contact">
			2015-2017	
			</p>
			<p class="member-bio">
			Vice President of Data Science at Gartner Inc.<!-- bio here-->
				</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/jnguyen.png" />
			</div>
		</article>
		
		<article class="member">
			<h3 class="member-name">Sherif Gerges</h3>
			<h4 class="member-position">Research Specialist</h4>
			<p class="member-contact">
				2015-2016
			</p>
			<p class="member-bio">Currently a Ph.D. candidate in the Biological Biomedical Sciences program at Harvard Medical School.
			<p>
			<div class="member-avatar">
				<img alt="" src="assets/team/sgerges.jpg" />
			</div>
		</article>	
		
		
	<section id="team-members">

			<article class="member">
				<h3 class="member-name">David Mazumder</h3>
				<h4 class="member-position">Undergraduate Student</h4>
				<p class="member-contact">
						2014-2016
				</p>
				<p class="member-bio">
	Currently an MD-PhD candidate at Harvard University.
				</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/mazumderHeadsq.jpg" />
				</div>
			</article>	
			
			
			
			
			<article class="member">
				<h3 class="member-name">Kevin Mizes</h3>
				<h4 class="member-position">Undergraduate Student</h4>
				<p class="member-contact">
					2013 - 2016
				</p>
				<p class="member-bio">
					Currently a Ph.D. candidate in Biophysics at Harvard University.
				</p>
				<div class="member-avatar">
					<img alt="" src="assets/team/mizesHeadsq.jpg" />
				</div>
			</article>
			
		<article class="member">
			<h3 class="member-name">Fred Shipley</h3>
			<h4 class="member-position">Research Specialist</h4>
			<p class="member-contact">
				2013 - 2015
			</p>
			<p class="member-bio">
				Last seen defending Ph.D. in Biophysics at Harvard University.
			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/shipleyHeadSq.jpg" />
			</div>
		</article>

		<article class="member">
			<h3 class="member-name">George Plummer</h3>
			<h4 class="member-position">Research Specialist</h4>
			<p class="member-contact">
				2013 - 2015
			</p>
			<p class="member-bio">
				Completed MD at Tufts. Last seen in neurology residency at University of Washington.  			</p>
			<div class="member-avatar">
				<img alt="" src="assets/team/plummerHeadSq.jpg" />
			</div>
		</article>
	</section>
		
	

	
	
	
		

		





	</section>

	<?php 
		include('php/footer.php');
	?>
